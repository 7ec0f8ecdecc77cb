package dev.postwright.ui.git;

import dev.postwright.validation.Problem;
import dev.postwright.workspace.git.PostDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the git features ask the writer; an interface so tests can answer some of them in code. */
public interface GitDialogs {

    /** The answer to "this tab has unsaved edits: save before committing?". */
    enum Unsaved {
        SAVE,
        /** Commit what is on disk; the edits stay in the tab, uncommitted. */
        LEAVE_UNSAVED,
        CANCEL
    }

    Unsaved askUnsavedBeforeCommit(String fileName);

    /** The answer to "the posts to commit have errors: commit anyway?", like Save Anyway. */
    enum WithErrors {
        FIX,
        COMMIT_ANYWAY,
        CANCEL
    }

    /** The writer's choice, and for FIX the error they picked (the first when they picked none). */
    record ErrorsChoice(WithErrors action, Problem problem) {}

    ErrorsChoice askCommitWithErrors(List<Problem> errors);

    /** The commit dialog: empty when the writer cancels. */
    Optional<CommitDialog.Choice> chooseCommit(List<CommitCandidate> candidates, String branch, boolean askIdentity);

    /** Shows a post's changes (modeless); images are listed relative to {@code siteRoot}. */
    void showDiff(PostDiff diff, String relPath, String unsavedNote, Path siteRoot);

    /** The branch has no upstream: push it to {@code remote} and track it there? */
    boolean askPushSettingUpstream(String branch, String remote);

    void showError(String title, String message);
}
