package dev.postwright.workspace.rename;

/** A whole source line before and after a file's edits, for the writer to review. */
public record PreviewLine(int line, String before, String after) {}
