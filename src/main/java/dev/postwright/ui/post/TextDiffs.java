package dev.postwright.ui.post;

import dev.postwright.ui.editor.EditorEdit;

/** The smallest single replacement that turns one text into another, so edits keep undo and caret sane. */
public final class TextDiffs {

    private TextDiffs() {}

    /** A replacement of the differing middle part; the caret goes after the replacement. */
    public static EditorEdit minimalEdit(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        String replacement = after.substring(prefix, after.length() - suffix);
        int caret = prefix + replacement.length();
        return new EditorEdit(prefix, before.length() - suffix, replacement, caret, caret);
    }
}
