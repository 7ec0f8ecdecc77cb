package dev.postwright.ui.editor;

/**
 * One replacement of {@code [from, to)} by {@code replacement}, plus the selection afterwards
 * (offsets in the new text). Applied as one change, so it is one undo step.
 */
public record TextEdit(int from, int to, String replacement, int selectionStart, int selectionEnd) {

    /** The text after the edit. */
    public String applyTo(String text) {
        return text.substring(0, from) + replacement + text.substring(to);
    }
}
