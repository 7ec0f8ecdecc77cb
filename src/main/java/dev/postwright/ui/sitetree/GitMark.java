package dev.postwright.ui.sitetree;

/**
 * A post's git state as the sidebar shows it: one letter like other editors (VS Code's U/A/M/C) and the same
 * in words for the tooltip. The sidebar's own type, so the list does not depend on the git engine.
 */
public enum GitMark {
    NONE("", "", ""),
    NEW("U", "New: not in git yet (untracked)", "pw-git-new"),
    ADDED("A", "Added: staged as a new file for the next commit", "pw-git-added"),
    MODIFIED("M", "Modified since the last commit", "pw-git-modified"),
    STAGED("S", "Staged: changed and added for the next commit", "pw-git-staged"),
    CONFLICTED("C", "Conflicted: a merge left conflict markers to resolve", "pw-git-conflicted"),
    IGNORED("I", "Ignored by .gitignore: never committed", "pw-git-ignored");

    private final String letter;
    private final String words;
    private final String styleClass;

    GitMark(String letter, String words, String styleClass) {
        this.letter = letter;
        this.words = words;
        this.styleClass = styleClass;
    }

    public String letter() {
        return letter;
    }

    /** What the state means, for the tooltip. */
    public String words() {
        return words;
    }

    public String styleClass() {
        return styleClass;
    }
}
