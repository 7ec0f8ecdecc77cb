package dev.postwright.render;

/** A {@code [text][ref]}, {@code [ref][]} or {@code ![alt][ref]} whose label has no definition. */
public record UndefinedReference(String text, String label, int line, int column, int offset) {}
