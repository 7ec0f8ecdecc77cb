package dev.postwright.ui.main;

import dev.postwright.ui.rename.SlugRenameViewModel;
import dev.postwright.validation.Problem;
import java.util.List;
import java.util.Optional;

/** The questions the window asks the writer; an interface so view-model and UI tests can answer them. */
public interface Dialogs {

    /** The answer to "save changes before closing?". */
    enum Unsaved {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** The answer to "this post has errors: save anyway?". */
    enum SaveWithErrors {
        FIX,
        SAVE_ANYWAY,
        CANCEL
    }

    Unsaved askUnsaved(String fileName);

    /** The writer's choice, and for FIX the error they picked (the first when they picked none). */
    record SaveChoice(SaveWithErrors action, Problem problem) {}

    SaveChoice askSaveWithErrors(String fileName, List<Problem> errors);

    void showError(String title, String message);

    /**
     * A published post's URL changed: offer to update the links to it (and add a redirect). The dialog does the
     * work through the view model; empty when the writer skipped it.
     */
    Optional<SlugRenameViewModel.Outcome> offerSlugRename(SlugRenameViewModel vm);

    /** The answer to "restore the unsaved edits found after a crash?". */
    enum Restore {
        RESTORE,
        DISCARD,
        LATER
    }

    /** Offers the journaled edits of one post; {@code diff} shows disk → unsaved. */
    Restore askRestore(String fileName, String diff);

    /**
     * "Another program changed this file: overwrite its version with yours?" True only for an explicit yes;
     * the default answer keeps the other version.
     */
    default boolean askOverwriteChanged(String fileName, String message) {
        return false;
    }
}
