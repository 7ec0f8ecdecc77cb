package dev.postwright.workspace.rename;

import dev.postwright.post.TextEdit;
import java.nio.file.Path;

/**
 * One replacement in a post's text: the chars {@code [start, end)} (whole-file offsets), which read
 * {@code oldText}, become {@code newText}. {@code line} and {@code column} are 1-based, for showing and jumping.
 */
public record Edit(Path file, int line, int column, TextEdit edit, String oldText) {

    public Edit {
        if (edit.end() - edit.start() != oldText.length()) {
            throw new IllegalArgumentException(
                    "edit span " + edit.start() + ".." + edit.end() + " does not fit '" + oldText + "'");
        }
    }

    public Edit(Path file, int line, int column, int start, int end, String oldText, String newText) {
        this(file, line, column, spanOf(start, end, oldText, newText), oldText);
    }

    private static TextEdit spanOf(int start, int end, String oldText, String newText) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("edit span " + start + ".." + end + " does not fit '" + oldText + "'");
        }
        return new TextEdit(start, end, newText);
    }

    public int start() {
        return edit.start();
    }

    public int end() {
        return edit.end();
    }

    public String newText() {
        return edit.replacement();
    }
}
