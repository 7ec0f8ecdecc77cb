package dev.postwright.workspace.post;

import dev.postwright.post.Backups;
import dev.postwright.post.recovery.Journal;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a tab keeps the previous version of a file it saves and journals unsaved edits; empty in tests that
 * do not exercise them.
 */
public record SaveSupport(Optional<Backups> backups, Optional<Journal> journal) {

    public static SaveSupport none() {
        return new SaveSupport(Optional.empty(), Optional.empty());
    }

    /** Backups and journal in the app's data folder. */
    public static SaveSupport in(Path dataDir) {
        return new SaveSupport(Optional.of(new Backups(dataDir)), Optional.of(new Journal(dataDir)));
    }
}
