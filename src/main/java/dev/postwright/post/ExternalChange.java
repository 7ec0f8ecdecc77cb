package dev.postwright.post;

import java.util.Optional;

/** What a tab does when its file changed on disk (SPEC §7); pure, so the rules are tested without a window. */
public final class ExternalChange {

    /** The outcome for one tab. */
    public enum Decision {
        /** The disk holds what the tab last saved or loaded: nothing to do. */
        NONE,
        /** Clean tab, changed file: take the disk text silently. */
        RELOAD,
        /** Dirty tab, changed file: ask (keep mine / take theirs / merge by hand) with a diff. */
        CONFLICT,
        /** The file is gone: keep the tab and its text, show a warning. */
        DELETED
    }

    private ExternalChange() {
    }

    /**
     * @param textOnDiskNow the file's text now, empty when it no longer exists
     * @param savedText the text the tab last loaded or saved
     * @param dirty whether the tab holds edits not yet saved
     */
    public static Decision decide(Optional<String> textOnDiskNow, String savedText, boolean dirty) {
        if (textOnDiskNow.isEmpty()) {
            return Decision.DELETED;
        }
        if (textOnDiskNow.get().equals(savedText)) {
            return Decision.NONE;
        }
        return dirty ? Decision.CONFLICT : Decision.RELOAD;
    }
}
