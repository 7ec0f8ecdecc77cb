package dev.postwright.post;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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

    /**
     * What is on disk now: nothing ({@code exists} false), something that is not readable text (a binary or
     * special file put in the post's place: {@code text} empty), or text; with the bytes' fingerprint when known.
     */
    public record Seen(boolean exists, Optional<String> text, String fingerprint) {

        /** Looks at the file (I/O: call it off the UI thread). */
        public static Seen of(Path path) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                return new Seen(false, Optional.empty(), null);
            }
            try {
                LoadedText loaded = PostFile.read(path);
                return new Seen(true, Optional.of(loaded.text()), loaded.fingerprint());
            } catch (PostReadException e) {
                return new Seen(
                        Files.exists(path),
                        Optional.empty(),
                        PostFile.fingerprintNow(path).orElse(null));
            }
        }

        /** The old watcher view: text, or nothing. */
        public static Seen ofText(Optional<String> text) {
            return new Seen(text.isPresent(), text, null);
        }
    }

    private ExternalChange() {}

    /**
     * @param textOnDiskNow the file's text now, empty when it no longer exists
     * @param savedText the text the tab last loaded or saved
     * @param dirty whether the tab holds edits not yet saved
     */
    public static Decision decide(Optional<String> textOnDiskNow, String savedText, boolean dirty) {
        return decide(Seen.ofText(textOnDiskNow), savedText, null, dirty);
    }

    /**
     * As above, from what was seen; {@code savedFingerprint} is that of the bytes the tab last loaded or saved
     * (null when unknown). A file replaced by something that is not text is a conflict even for a clean tab:
     * there is nothing to reload, and the next save must not silently overwrite it.
     */
    public static Decision decide(Seen seen, String savedText, String savedFingerprint, boolean dirty) {
        if (!seen.exists()) {
            return Decision.DELETED;
        }
        if (seen.text().isEmpty()) {
            return Decision.CONFLICT;
        }
        if (seen.text().get().equals(savedText)
                || seen.fingerprint() != null && seen.fingerprint().equals(savedFingerprint)) {
            return Decision.NONE;
        }
        return dirty ? Decision.CONFLICT : Decision.RELOAD;
    }
}
