package dev.postwright.workspace;

import dev.postwright.post.Backups;
import dev.postwright.post.LoadedText;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.post.PostWriteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link ChangePlan} through the post writer (atomic, backup first, BOM and charset kept) and takes a
 * whole write back again. A file that changed after the plan was made is never overwritten, and undo never
 * overwrites a file that changed after the write. No JavaFX; run it off the UI thread.
 */
public final class ChangeWriter {

    private final Optional<Backups> backups;
    private final Path siteRoot;

    public ChangeWriter(Optional<Backups> backups, Path siteRoot) {
        this.backups = backups;
        this.siteRoot = siteRoot;
    }

    /** What an undo restored, and what it refused to touch (with the reason). */
    public record UndoResult(List<Path> restored, List<AppliedChanges.Skipped> refused) {

        public UndoResult {
            restored = List.copyOf(restored);
            refused = List.copyOf(refused);
        }
    }

    /**
     * Writes every change of {@code plan}. Changes planned against an open tab's unsaved text are handed back
     * for the editor when {@code includeUnsaved}, else skipped: the file on disk is not what the writer sees.
     */
    public AppliedChanges apply(ChangePlan plan, boolean includeUnsaved) {
        List<AppliedChanges.Written> written = new ArrayList<>();
        List<PostChange> forEditor = new ArrayList<>();
        List<AppliedChanges.Skipped> skipped = new ArrayList<>();
        for (PostChange change : plan.changes()) {
            if (change.unsaved()) {
                if (includeUnsaved) {
                    forEditor.add(change);
                } else {
                    skipped.add(new AppliedChanges.Skipped(
                            change.path(),
                            change.relPath(),
                            change.relPath()
                                    + " has unsaved edits in its tab, so it was left out. Save it and run this again, "
                                    + "or include open tabs."));
                }
                continue;
            }
            Object outcome = write(change);
            if (outcome instanceof AppliedChanges.Written w) {
                written.add(w);
            } else {
                skipped.add(new AppliedChanges.Skipped(change.path(), change.relPath(), (String) outcome));
            }
        }
        return new AppliedChanges(plan.title(), written, forEditor, skipped);
    }

    /** The file written, or why it was not (a message naming the file). */
    private Object write(PostChange change) {
        LoadedText loaded;
        byte[] before;
        try {
            before = Files.readAllBytes(change.path());
            loaded = PostFile.read(change.path());
        } catch (IOException | PostReadException e) {
            return change.relPath() + " could not be read, so it was left as it is ("
                    + (e instanceof PostReadException p ? p.getMessage() : e.getMessage()) + ").";
        }
        if (!loaded.text().equals(change.before())) {
            return change.relPath() + " changed on disk after the preview was made; it was left as it is. "
                    + "Run the preview again to include it.";
        }
        if (loaded.readOnly()) {
            return loaded.readOnlyReason().get();
        }
        try {
            if (backups.isPresent()) {
                PostFile.writeAtomic(
                        change.path(), change.after(), loaded.bom(), loaded.charset(), backups.get(), siteRoot);
            } else {
                PostFile.writeAtomic(change.path(), change.after(), loaded.bom(), loaded.charset());
            }
            byte[] after = Files.readAllBytes(change.path());
            return new AppliedChanges.Written(change.path(), change.relPath(), before, after, change.after());
        } catch (PostWriteException e) {
            return e.getMessage();
        } catch (IOException e) {
            // written, but not readable again: report it, and undo cannot vouch for this file
            return change.relPath() + " was written but could not be read back (" + e.getMessage()
                    + "); undo will leave it alone.";
        }
    }

    /**
     * Puts back exactly the bytes every written file had before {@code applied}. A file whose bytes are no longer
     * the ones written (edited or saved since) is refused, never overwritten.
     */
    public UndoResult undo(AppliedChanges applied) {
        List<Path> restored = new ArrayList<>();
        List<AppliedChanges.Skipped> refused = new ArrayList<>();
        for (AppliedChanges.Written w : applied.written()) {
            byte[] now;
            try {
                now = Files.readAllBytes(w.path());
            } catch (IOException e) {
                refused.add(new AppliedChanges.Skipped(
                        w.path(),
                        w.relPath(),
                        w.relPath() + " could not be read (" + e.getMessage() + "), so it was not restored."));
                continue;
            }
            if (!Arrays.equals(now, w.after())) {
                refused.add(new AppliedChanges.Skipped(
                        w.path(),
                        w.relPath(),
                        w.relPath()
                                + " changed after the change was written, so it was not restored. Its earlier version is "
                                + "in the backups; compare by hand."));
                continue;
            }
            try {
                PostFile.writeBytesAtomic(w.path(), w.before());
                restored.add(w.path());
            } catch (PostWriteException e) {
                refused.add(new AppliedChanges.Skipped(w.path(), w.relPath(), e.getMessage()));
            }
        }
        return new UndoResult(restored, refused);
    }
}
