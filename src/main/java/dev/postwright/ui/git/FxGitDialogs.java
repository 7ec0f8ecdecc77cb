package dev.postwright.ui.git;

import dev.postwright.validation.Problem;
import dev.postwright.workspace.git.PostDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The git questions as JavaFX dialogs, in the words and button order of the window's other dialogs. */
public final class FxGitDialogs implements GitDialogs {

    private final Window owner;

    public FxGitDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved askUnsavedBeforeCommit(String fileName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType leave = new ButtonType("Commit Without Them", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, leave, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + fileName + " before committing?");
        alert.setContentText("A commit takes the file as it is on disk. Without saving, your edits stay in the tab "
                + "and are not committed.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == leave ? Unsaved.LEAVE_UNSAVED : Unsaved.CANCEL;
    }

    @Override
    public ErrorsChoice askCommitWithErrors(List<Problem> errors) {
        ButtonType fix = new ButtonType("Fix…", ButtonBar.ButtonData.YES);
        ButtonType anyway = new ButtonType("Commit Anyway", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", fix, anyway, cancel);
        alert.initOwner(owner);
        alert.setTitle("Errors in the posts to commit");
        alert.setHeaderText(
                errors.size() == 1
                        ? "A post to commit has an error that will break the site build."
                        : "The posts to commit have " + errors.size() + " errors that will break the site build.");
        ListView<String> list = new ListView<>();
        list.setId("commit-errors");
        errors.forEach(p -> list.getItems()
                .add(fileName(p.file()) + ", line " + p.line() + ": " + p.message() + "  [" + p.rule() + "]"));
        list.setPrefHeight(Math.min(240, 28 * errors.size() + 8));
        list.setPrefWidth(600);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedIndex() >= 0) {
                ((Button) alert.getDialogPane().lookupButton(fix)).fire();
            }
        });
        alert.getDialogPane()
                .setContent(new VBox(8, new Label("Pick one and press Fix… to go there, or commit anyway:"), list));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        int picked = Math.max(0, list.getSelectionModel().getSelectedIndex());
        WithErrors action =
                answer == fix ? WithErrors.FIX : answer == anyway ? WithErrors.COMMIT_ANYWAY : WithErrors.CANCEL;
        return new ErrorsChoice(action, errors.get(picked));
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    @Override
    public Optional<CommitDialog.Choice> chooseCommit(
            List<CommitCandidate> candidates, String branch, boolean askIdentity) {
        return new CommitDialog(owner, candidates, branch, askIdentity).showAndWait();
    }

    @Override
    public void showDiff(PostDiff diff, String relPath, String unsavedNote, Path siteRoot) {
        new PostDiffDialog(owner, diff, relPath, unsavedNote, siteRoot).show();
    }

    @Override
    public boolean askPushSettingUpstream(String branch, String remote) {
        ButtonType push = new ButtonType("Push and Track", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Push " + branch + " to a branch of the same name on " + remote + ", and pull from there from now "
                        + "on? Nothing is overwritten: the push is refused if that branch has other commits.",
                push,
                cancel);
        alert.initOwner(owner);
        alert.setTitle("No upstream branch");
        alert.setHeaderText(branch + " has no upstream branch yet.");
        return alert.showAndWait().filter(push::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
