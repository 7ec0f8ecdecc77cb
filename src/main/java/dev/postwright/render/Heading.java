package dev.postwright.render;

/** A heading of the post body: level 1-6, plain text, slug id, position in the whole file. */
public record Heading(int level, String text, String id, int line, int column, int offset) {}
