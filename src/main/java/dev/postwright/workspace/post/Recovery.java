package dev.postwright.workspace.post;

import dev.postwright.post.recovery.Journal;
import dev.postwright.post.recovery.RecoveryOffer;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

/** After a crash: what the journal holds for a site, and forgetting what the writer declined. Off the UI thread. */
public final class Recovery {

    private static final Logger LOG = System.getLogger(Recovery.class.getName());

    private Recovery() {}

    /** The journaled posts under {@code siteRoot} whose unsaved text is not on disk yet, each with its diff. */
    public static List<RecoveryOffer> offers(Journal journal, Path siteRoot) {
        Path root = siteRoot.toAbsolutePath().normalize();
        try {
            return journal.pending().stream()
                    .filter(e -> e.file().toAbsolutePath().normalize().startsWith(root))
                    .map(RecoveryOffer::of)
                    .filter(o -> !o.alreadySaved())
                    .toList();
        } catch (IOException e) {
            // nothing offered is better than a failed start; the journal stays for the next one
            LOG.log(Level.WARNING, "could not read the journal: " + e.getMessage());
            return List.of();
        }
    }

    /** The writer declined to restore {@code file}: its journal entry goes. */
    public static void forget(Journal journal, Path file) {
        try {
            journal.clear(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clear the journal of " + file + ": " + e.getMessage());
        }
    }
}
