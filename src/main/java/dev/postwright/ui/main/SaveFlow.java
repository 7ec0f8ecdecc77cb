package dev.postwright.ui.main;

import dev.postwright.validation.Problem;
import dev.postwright.workspace.post.SaveOutcome;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * How a tab is saved with the writer's consent, without JavaFX (tested without a toolkit): errors block and ask
 * (fix, save anyway, cancel); a version another program wrote is never overwritten without a yes (issue #18);
 * a failure is shown; a save that moved a published post's URL offers to update the links to it.
 */
final class SaveFlow {

    /** The tab being saved, as the flow sees it; every call and completion happens on the UI thread. */
    interface Tab {
        Path path();

        /** Runs before each attempt (marking the post updated, when the writer wants it). */
        CompletableFuture<?> beforeSave(boolean force);

        CompletableFuture<SaveOutcome> save(boolean force, boolean overwrite);

        /** The writer chose to fix this error first. */
        void goTo(Problem problem);

        /** Saved, and the post's published URL changed. */
        void urlMoved(String oldUrl, String newUrl);
    }

    private final Dialogs dialogs;
    private final Consumer<String> status;
    private final Consumer<Path> saved;

    /** {@code saved} hears of each post written (the site tree refreshes its row). */
    SaveFlow(Dialogs dialogs, Consumer<String> status, Consumer<Path> saved) {
        this.dialogs = dialogs;
        this.status = status;
        this.saved = saved;
    }

    /** {@code overwrite}: the writer already agreed to replace the version another program wrote. */
    CompletableFuture<SaveOutcome> save(Tab tab, boolean force, boolean overwrite) {
        return tab.beforeSave(force)
                .thenCompose(marked -> tab.save(force, overwrite))
                .thenCompose(outcome -> {
                    String name = tab.path().getFileName().toString();
                    if (outcome instanceof SaveOutcome.Blocked blocked) {
                        Dialogs.SaveChoice choice = dialogs.askSaveWithErrors(name, blocked.errors());
                        switch (choice.action()) {
                            case FIX -> tab.goTo(choice.problem());
                            case SAVE_ANYWAY -> {
                                return save(tab, true, overwrite);
                            }
                            case CANCEL -> {}
                        }
                    } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                        // Never overwrite another program's version without a yes (issue #18); Cancel keeps both.
                        if (dialogs.askOverwriteChanged(name, conflict.message())) {
                            return save(tab, force, true);
                        }
                        status.accept(
                                "Not saved: " + name + " changed on disk. Keep Mine, Take Theirs, or merge by hand.");
                    } else if (outcome instanceof SaveOutcome.Failed failed) {
                        dialogs.showError("Could not save", failed.message());
                    } else {
                        status.accept("Saved " + tab.path().getFileName());
                        saved.accept(tab.path());
                        if (outcome instanceof SaveOutcome.SavedWithNewUrl moved) {
                            tab.urlMoved(moved.oldUrl(), moved.newUrl());
                        }
                    }
                    return CompletableFuture.completedFuture(outcome);
                });
    }
}
