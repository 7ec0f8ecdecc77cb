package dev.postwright.workspace.rename;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SlugRename#apply} did.
 *
 * @param written files rewritten on disk, with their new text (to refresh the site session and clean tabs)
 * @param forEditor changes planned against unsaved buffers: the editor applies them, nothing was written
 * @param skipped files left untouched, with the reason (changed since planning, unreadable, not writable)
 */
public record ApplyResult(List<Written> written, List<FileChange> forEditor, List<Skipped> skipped) {

    public ApplyResult {
        written = List.copyOf(written);
        forEditor = List.copyOf(forEditor);
        skipped = List.copyOf(skipped);
    }

    /** A file written with {@code text}. */
    public record Written(Path file, String relPath, String text, int edits) {}

    /** A file left as it is; {@code conflict} when it changed after planning, else it could not be read or written. */
    public record Skipped(Path file, String relPath, boolean conflict, String message) {}

    public List<Skipped> conflicts() {
        return skipped.stream().filter(Skipped::conflict).toList();
    }
}
