package dev.postwright.workspace.post;

import dev.postwright.post.recovery.Journal;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One post's entry in the crash journal. The journal is a safety net: failing to write or clear it is logged and
 * never disturbs editing. Called off the UI thread.
 */
final class PostJournal {

    private static final Logger LOG = System.getLogger(PostJournal.class.getName());

    private final Optional<Journal> journal;
    private final Path path;

    PostJournal(Optional<Journal> journal, Path path) {
        this.journal = journal;
        this.path = path;
    }

    boolean kept() {
        return journal.isPresent();
    }

    void record(String unsaved, String onDisk) {
        journal.ifPresent(j -> {
            try {
                j.record(path, unsaved, onDisk);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not journal " + path + ": " + e.getMessage());
            }
        });
    }

    void clear() {
        journal.ifPresent(j -> {
            try {
                j.clear(path);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not clear the journal of " + path + ": " + e.getMessage());
            }
        });
    }
}
