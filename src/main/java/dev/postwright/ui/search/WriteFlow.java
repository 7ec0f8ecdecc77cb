package dev.postwright.ui.search;

import dev.postwright.post.Backups;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.workspace.AppliedChanges;
import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.ChangeWriter;
import dev.postwright.workspace.SiteSession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;

/**
 * Writes a previewed {@link ChangePlan} off the UI thread, reads the written posts into the site again, and keeps
 * the last write for one Undo that takes it back as a whole. Shared by site-wide replace and tag rename; reports
 * in the owner's status and busy properties. Use from the UI thread.
 */
public final class WriteFlow {

    private final Supplier<SiteSession> session;
    private final Optional<Backups> backups;
    private final Executor background;
    private final Executor ui;
    private final StringProperty status;
    private final BooleanProperty busy;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private AppliedChanges lastApplied;
    private Consumer<AppliedChanges> onWritten = a -> {};

    public WriteFlow(
            Supplier<SiteSession> session,
            Optional<Backups> backups,
            Executor background,
            Executor ui,
            StringProperty status,
            BooleanProperty busy) {
        this.session = session;
        this.backups = backups;
        this.background = background;
        this.ui = ui;
        this.status = status;
        this.busy = busy;
    }

    /** Called on the UI thread after files were written or restored (open tabs take changes meant for them). */
    public void setOnWritten(Consumer<AppliedChanges> onWritten) {
        this.onWritten = onWritten;
    }

    /** Writes the plan; open tabs with unsaved edits get theirs in the editor when {@code includeUnsaved}. */
    public CompletableFuture<AppliedChanges> apply(ChangePlan plan, boolean includeUnsaved) {
        SiteSession s = session.get();
        ChangeWriter writer = new ChangeWriter(backups, s.site().root());
        busy.set(true);
        return onUi(CompletableFuture.supplyAsync(
                        () -> {
                            AppliedChanges applied = writer.apply(plan, includeUnsaved);
                            applied.written().forEach(w -> s.update(w.path(), w.text()));
                            return applied;
                        },
                        background))
                .whenComplete((applied, err) -> {
                    busy.set(false);
                    if (err != null) {
                        status.set("The changes could not be written: " + err.getMessage());
                        return;
                    }
                    lastApplied = applied;
                    canUndo.set(!applied.written().isEmpty());
                    status.set(applied.summary()
                            + (applied.skipped().isEmpty()
                                    ? "."
                                    : ". " + applied.skipped().get(0).reason()));
                    onWritten.accept(applied);
                });
    }

    /** Takes the last write back as a whole; files changed since are left alone and named. */
    public CompletableFuture<ChangeWriter.UndoResult> undo() {
        AppliedChanges applied = lastApplied;
        SiteSession s = session.get();
        if (applied == null || s == null) {
            return CompletableFuture.completedFuture(null);
        }
        ChangeWriter writer = new ChangeWriter(backups, s.site().root());
        busy.set(true);
        return onUi(CompletableFuture.supplyAsync(
                        () -> {
                            ChangeWriter.UndoResult r = writer.undo(applied);
                            for (AppliedChanges.Written w : applied.written()) {
                                if (r.restored().contains(w.path())) {
                                    try {
                                        s.update(
                                                w.path(),
                                                PostFile.read(w.path()).text());
                                    } catch (PostReadException e) {
                                        // restored bytes that do not read: the site watcher reports the post as
                                        // unreadable
                                    }
                                }
                            }
                            return r;
                        },
                        background))
                .whenComplete((r, err) -> {
                    busy.set(false);
                    if (err != null) {
                        status.set("The undo failed: " + err.getMessage());
                        return;
                    }
                    lastApplied = null;
                    canUndo.set(false);
                    status.set("Undid '" + applied.title() + "': "
                            + r.restored().size()
                            + (r.restored().size() == 1 ? " post" : " posts") + " restored"
                            + (r.refused().isEmpty()
                                    ? "."
                                    : ". "
                                            + String.join(
                                                    " ",
                                                    r.refused().stream()
                                                            .map(AppliedChanges.Skipped::reason)
                                                            .toList())));
                    onWritten.accept(new AppliedChanges(
                            applied.title(),
                            applied.written().stream()
                                    .filter(w -> r.restored().contains(w.path()))
                                    .toList(),
                            List.of(),
                            List.of()));
                });
    }

    /** Completes on the UI executor with the work's value or its cause. */
    public <T> CompletableFuture<T> onUi(CompletableFuture<T> work) {
        CompletableFuture<T> out = new CompletableFuture<>();
        work.whenComplete((v, err) -> ui.execute(() -> {
            if (err != null) {
                out.completeExceptionally(
                        err instanceof CompletionException c && c.getCause() != null ? c.getCause() : err);
            } else {
                out.complete(v);
            }
        }));
        return out;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
