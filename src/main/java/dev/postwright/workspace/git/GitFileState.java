package dev.postwright.workspace.git;

/** What git says of one file of the site, as the sidebar shows it. */
public enum GitFileState {
    /** Tracked and the same as in the last commit. */
    UNMODIFIED,
    /** Not tracked yet (untracked). */
    NEW,
    /** A new file that is staged for the next commit. */
    ADDED,
    /** Changed in the working tree since the last commit or the staged version. */
    MODIFIED,
    /** Changed and staged, with no further edits in the working tree. */
    STAGED,
    /** Left in conflict by a merge; git wants the writer to resolve it. */
    CONFLICTED,
    /** Matched by a {@code .gitignore}: never committed. */
    IGNORED,
    /** Tracked but deleted from the working tree (or its deletion staged). */
    DELETED
}
