package dev.postwright.workspace.rename;

import java.nio.file.Path;

/**
 * One replacement in a post's text: the chars {@code [start, end)} (whole-file offsets), which read
 * {@code oldText}, become {@code newText}. {@code line} and {@code column} are 1-based, for showing and jumping.
 */
public record Edit(Path file, int line, int column, int start, int end, String oldText, String newText) {

    public Edit {
        if (start < 0 || end < start || end - start != oldText.length()) {
            throw new IllegalArgumentException("edit span " + start + ".." + end + " does not fit '" + oldText + "'");
        }
    }
}
