package dev.postwright.bench;

import dev.postwright.ui.main.Dialogs;
import dev.postwright.ui.rename.SlugRenameViewModel;
import dev.postwright.validation.Problem;
import java.util.List;
import java.util.Optional;

/** Answers every question of the window without a modal dialog, so harnesses never block. */
final class BenchDialogs implements Dialogs {
    @Override
    public Unsaved askUnsaved(String fileName) {
        return Unsaved.DISCARD;
    }

    @Override
    public SaveChoice askSaveWithErrors(String fileName, List<Problem> errors) {
        return new SaveChoice(SaveWithErrors.CANCEL, errors.get(0));
    }

    @Override
    public void showError(String title, String message) {
        System.err.println(title + ": " + message);
    }

    @Override
    public Optional<SlugRenameViewModel.Outcome> offerSlugRename(SlugRenameViewModel vm) {
        return Optional.empty();
    }

    @Override
    public Restore askRestore(String fileName, String diff) {
        return Restore.LATER;
    }
}
