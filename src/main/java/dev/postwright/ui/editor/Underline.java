package dev.postwright.ui.editor;

/**
 * A problem to underline: 1-based line and column, length in characters (at least one is drawn),
 * severity {@code error|warning|info} and the message shown on hover.
 */
public record Underline(int line, int column, int length, String severity, String message) {}
