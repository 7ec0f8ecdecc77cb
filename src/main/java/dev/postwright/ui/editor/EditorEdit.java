package dev.postwright.ui.editor;

import dev.postwright.post.TextEdit;

/**
 * One {@link TextEdit} plus the selection afterwards (offsets in the new text). Applied as one change, so it is
 * one undo step.
 */
public record EditorEdit(TextEdit edit, int selectionStart, int selectionEnd) {

    public EditorEdit(int from, int to, String replacement, int selectionStart, int selectionEnd) {
        this(new TextEdit(from, to, replacement), selectionStart, selectionEnd);
    }

    public int from() {
        return edit.start();
    }

    public int to() {
        return edit.end();
    }

    public String replacement() {
        return edit.replacement();
    }

    /** The text after the edit. */
    public String applyTo(String text) {
        return edit.applyTo(text);
    }
}
