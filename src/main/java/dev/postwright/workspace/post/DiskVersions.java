package dev.postwright.workspace.post;

import dev.postwright.post.ExternalChange;
import dev.postwright.post.PostFile;

/**
 * Which versions of an open post's file the post knows (issue #18): the fingerprint of the bytes its saved text
 * stands for, which a save checks just before writing, and the other version a conflict showed.
 */
final class DiskVersions {

    /** Set on the background executor by a save, read on the UI executor. */
    private volatile String mine;

    private volatile String theirsFingerprint;
    private String theirs = "";
    private boolean theirsReadable = true;

    DiskVersions(String fingerprint) {
        this.mine = fingerprint;
    }

    /** The fingerprint a save must find on disk: the shown other version's with the writer's yes, else ours. */
    String expected(boolean overwrite, DiskState state) {
        return overwrite ? theirsFingerprint : state == DiskState.DELETED ? PostFile.ABSENT : mine;
    }

    String fingerprint() {
        return mine;
    }

    /** The disk now holds the version with this fingerprint as the post's saved text. */
    void nowOnDisk(String fingerprint) {
        mine = fingerprint;
    }

    /** Remembers the other version a conflict shows; false when the file is gone (nothing to show). */
    boolean showTheirs(ExternalChange.Seen seen) {
        if (!seen.exists()) {
            theirsFingerprint = null;
            return false;
        }
        theirsReadable = seen.text().isPresent();
        theirs = seen.text().orElse("");
        theirsFingerprint = seen.fingerprint();
        return true;
    }

    /** The conflict is resolved (Keep Mine, Take Theirs): the other version is the one on disk now. */
    void theirsAccepted() {
        mine = theirsFingerprint;
    }

    String theirs() {
        return theirs;
    }

    boolean theirsReadable() {
        return theirsReadable;
    }
}
