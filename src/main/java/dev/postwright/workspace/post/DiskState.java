package dev.postwright.workspace.post;

/** How the file on disk relates to an open post after a change made outside Postwright. */
public enum DiskState {
    /** The disk holds what the tab last loaded or saved. */
    IN_SYNC,
    /** Someone else changed the file while the tab had unsaved edits. */
    CONFLICT,
    /** The file was deleted or moved away; saving writes it back. */
    DELETED
}
