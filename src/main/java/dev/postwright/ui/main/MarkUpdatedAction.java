package dev.postwright.ui.main;

import dev.postwright.site.Site;
import dev.postwright.ui.editor.EditorEdit;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.post.TextDiffs;
import dev.postwright.ui.prefs.Preferences;
import dev.postwright.workspace.MarkUpdated;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;

/**
 * Edit → Mark as Updated, and the preference that does it on save when the body changed (off by default): the
 * front matter is parsed off the UI thread, and the new text goes into the editor as one undoable edit (the caret
 * stays where the writer is), only if the writer did not type in between.
 */
final class MarkUpdatedAction {

    private MarkUpdatedAction() {}

    /** Marks the post as updated now; {@code status} hears what was set, or why nothing was. */
    static CompletableFuture<Void> markNow(
            PostTabView view, Clock clock, Executor background, Consumer<String> status) {
        String text = view.viewModel().getText();
        Site site = view.viewModel().session().site();
        ZonedDateTime now = ZonedDateTime.now(clock);
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> MarkUpdated.mark(text, site, now), background)
                .whenComplete((o, err) -> Platform.runLater(() -> {
                    String name = view.viewModel().path().getFileName().toString();
                    if (err != null) {
                        status.accept(name + " was not marked as updated: " + err.getMessage());
                    } else if (!o.changed()) {
                        status.accept(name + " was not marked as updated. "
                                + o.problem().get());
                    } else if (!view.viewModel().getText().equals(text)) {
                        status.accept(name + " changed while it was being marked; mark it again.");
                    } else {
                        applyKeepingCaret(view, text, o.text());
                        status.accept(name + ": " + o.field() + " set to " + o.value());
                    }
                    done.complete(null);
                }));
        return done;
    }

    /**
     * Puts the new text in the editor as one undoable edit without moving the writer's caret or view: the field is
     * up in the front matter, the writer is somewhere in the body.
     */
    static void applyKeepingCaret(PostTabView view, String before, String after) {
        EditorEdit edit = TextDiffs.minimalEdit(before, after);
        CodeArea area = view.editorPane().editor().area();
        int caret = area.getCaretPosition();
        int shift = edit.replacement().length() - (edit.to() - edit.from());
        area.getUndoManager().preventMerge();
        area.replaceText(edit.from(), edit.to(), edit.replacement());
        area.getUndoManager().preventMerge();
        area.moveTo(caret >= edit.to() ? caret + shift : Math.min(caret, edit.from()));
    }

    /**
     * Before a save: when the preference is on and the body differs from the saved file, marks the post first.
     * Completes at once (nothing to do) or on the UI thread after marking.
     */
    static CompletableFuture<Void> beforeSave(
            PostTabView view,
            Preferences prefs,
            Clock clock,
            Executor background,
            boolean force,
            Consumer<String> status) {
        if (force
                || prefs == null
                || !prefs.markUpdatedOnSaveProperty().get()
                || !view.viewModel().isDirty()
                || view.viewModel().loaded().readOnly()) {
            return CompletableFuture.completedFuture(null);
        }
        String saved = view.viewModel().savedText();
        String text = view.viewModel().getText();
        Site site = view.viewModel().session().site();
        return CompletableFuture.supplyAsync(() -> MarkUpdated.bodyChanged(saved, text, site), background)
                .thenCompose(changed -> {
                    CompletableFuture<Void> marked = new CompletableFuture<>();
                    Platform.runLater(() -> (changed
                                    ? markNow(view, clock, background, status)
                                    : CompletableFuture.<Void>completedFuture(null))
                            .thenRun(() -> marked.complete(null)));
                    return marked;
                });
    }
}
