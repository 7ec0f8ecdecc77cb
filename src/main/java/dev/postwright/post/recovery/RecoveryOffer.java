package dev.postwright.post.recovery;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import java.util.Optional;

/**
 * What the next start shows for one journal entry: the file, whether it still exists, and the diff from the text
 * on disk now to the unsaved text.
 *
 * @param textOnDisk the file's text now; empty when it is gone or unreadable
 */
public record RecoveryOffer(JournalEntry entry, Optional<String> textOnDisk, String diff) {

    /** Builds the offer by reading the file as it is now. */
    public static RecoveryOffer of(JournalEntry entry) {
        Optional<String> disk;
        try {
            disk = Optional.of(PostFile.read(entry.file()).text());
        } catch (PostReadException e) {
            disk = Optional.empty();
        }
        String name = entry.file().getFileName().toString();
        return new RecoveryOffer(entry, disk, LineDiff.unified(disk.orElse(""), entry.unsavedText(), name, 3));
    }

    /** True when restoring would change nothing (the unsaved text was saved after all). */
    public boolean alreadySaved() {
        return textOnDisk.map(entry.unsavedText()::equals).orElse(false);
    }
}
