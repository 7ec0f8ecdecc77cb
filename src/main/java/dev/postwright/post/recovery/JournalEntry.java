package dev.postwright.post.recovery;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved text of one post found in the journal.
 *
 * @param diskChanged the file on disk differs from what it was when the text was recorded (or is gone)
 */
public record JournalEntry(Path file, String unsavedText, Instant recorded, boolean diskChanged) {}
