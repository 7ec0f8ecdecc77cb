package dev.postwright.ui.main;

import dev.postwright.ui.rename.SlugRenameDialog;
import dev.postwright.ui.rename.SlugRenameViewModel;
import dev.postwright.validation.Problem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The window's dialogs as JavaFX alerts: plain words, no stack traces. */
final class FxDialogs implements Dialogs {

    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved askUnsaved(String fileName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + fileName + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public SaveChoice askSaveWithErrors(String fileName, List<Problem> errors) {
        ButtonType fix = new ButtonType("Fix…", ButtonBar.ButtonData.YES);
        ButtonType anyway = new ButtonType("Save Anyway", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", fix, anyway, cancel);
        alert.initOwner(owner);
        alert.setTitle("Errors in " + fileName);
        alert.setHeaderText(
                errors.size() == 1
                        ? "This post has an error that will break the site build."
                        : "This post has " + errors.size() + " errors that will break the site build.");
        ListView<String> list = new ListView<>();
        list.getItems()
                .setAll(errors.stream()
                        .map(p -> "Line " + p.line() + ": " + p.message() + "  [" + p.rule() + "]")
                        .collect(Collectors.toList()));
        list.setPrefHeight(Math.min(240, 28 * errors.size() + 8));
        list.setPrefWidth(560);
        list.setId("save-errors");
        // Double-clicking an error is the same as choosing it and pressing Fix…
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedIndex() >= 0) {
                ((Button) alert.getDialogPane().lookupButton(fix)).fire();
            }
        });
        alert.getDialogPane()
                .setContent(new VBox(8, new Label("Pick one and press Fix… to go there, or save anyway:"), list));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        int picked = Math.max(0, list.getSelectionModel().getSelectedIndex());
        SaveWithErrors action = answer == fix
                ? SaveWithErrors.FIX
                : answer == anyway ? SaveWithErrors.SAVE_ANYWAY : SaveWithErrors.CANCEL;
        return new SaveChoice(action, errors.get(picked));
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean askOverwriteChanged(String fileName, String message) {
        ButtonType overwrite = new ButtonType("Overwrite Their Version", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(
                Alert.AlertType.WARNING,
                message + " Choose Cancel to keep both versions (then "
                        + "Keep Mine, Take Theirs or Compare in the bar above the editor).",
                overwrite,
                cancel);
        alert.initOwner(owner);
        alert.setTitle(fileName + " changed on disk");
        alert.setHeaderText("Overwrite the version another program wrote?");
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(overwrite)).setDefaultButton(false);
        return alert.showAndWait().filter(overwrite::equals).isPresent();
    }

    @Override
    public Restore askRestore(String fileName, String diff) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Ask Me Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.initOwner(owner);
        alert.setTitle("Unsaved edits found");
        alert.setHeaderText("Postwright closed with unsaved edits in " + fileName + ". Restore them?");
        TextArea area = new TextArea(diff);
        area.setEditable(false);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefSize(720, 320);
        alert.getDialogPane()
                .setContent(new VBox(
                        8,
                        new Label("Lines with + are your unsaved edits; lines with - are what is on disk now."),
                        area));
        alert.setResizable(true);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? Restore.RESTORE : answer == discard ? Restore.DISCARD : Restore.LATER;
    }

    @Override
    public Optional<SlugRenameViewModel.Outcome> offerSlugRename(SlugRenameViewModel vm) {
        return SlugRenameDialog.open(owner, vm).showAndWait();
    }
}
