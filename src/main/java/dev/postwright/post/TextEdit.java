package dev.postwright.post;

import java.util.Comparator;
import java.util.List;

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

    /** The text after all the edits, whose offsets are all in {@code text}; they must not overlap. */
    public static String applyAll(String text, List<TextEdit> edits) {
        List<TextEdit> sorted =
                edits.stream().sorted(Comparator.comparingInt(TextEdit::start)).toList();
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.start() < at || e.end() > text.length()) {
                throw new IllegalArgumentException(
                        "edit [" + e.start() + ", " + e.end() + ") overlaps another or is" + " outside the text");
            }
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
