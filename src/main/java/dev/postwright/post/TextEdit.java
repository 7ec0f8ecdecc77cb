package dev.postwright.post;

/**
 * Replace the chars {@code [start, end)} of a text by {@code replacement}: the one shape of a text change shared
 * by quick fixes, editor commands and the rename assistant.
 */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("edit span " + start + ".." + end + " is not a span");
        }
    }

    /** The text after the edit. */
    public String applyTo(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("edit [" + start + ", " + end + ") is outside the text");
        }
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
