package dev.postwright.ui.search;

import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.PostChange;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows every change of a site-wide operation (replace, tag rename) before anything is written: the posts with a
 * tick box each, and the selected post's diff. Write closes with the ticked changes; Cancel with nothing.
 */
public final class ChangePreviewDialog extends Dialog<ChangePreviewDialog.Choice> {

    public static final ButtonType WRITE = new ButtonType("Write", ButtonBar.ButtonData.OK_DONE);

    /** The changes the writer kept, and whether open tabs with unsaved edits take theirs. */
    public record Choice(ChangePlan plan, boolean includeUnsaved) {}

    /** One post of the plan, ticked by default. */
    public static final class Row {
        private final PostChange change;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        Row(PostChange change) {
            this.change = change;
        }

        public PostChange change() {
            return change;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        @Override
        public String toString() {
            return change.relPath() + "  (" + change.count() + ")" + (change.unsaved() ? "  · open, unsaved" : "")
                    + (change.warning().isEmpty() ? "" : "  ⚠ " + change.warning());
        }
    }

    private final ListView<Row> list = new ListView<>();
    private final TextArea diff = new TextArea();
    private final CheckBox includeUnsaved =
            new CheckBox("Also change open tabs with unsaved edits " + "(in the editor; save them yourself)");

    public ChangePreviewDialog(Window owner, ChangePlan plan) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Review the changes");
        setHeaderText(plan.title() + ": " + plan.count() + " " + (plan.count() == 1 ? "change" : "changes")
                + " in " + plan.changes().size() + (plan.changes().size() == 1 ? " post" : " posts")
                + ".\nNothing is written until you press Write; one Undo takes it all back.");
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(WRITE, ButtonType.CANCEL);

        list.setId("change-list");
        list.setCellFactory(CheckBoxListCell.forListView(Row::selectedProperty));
        plan.changes().forEach(c -> list.getItems().add(new Row(c)));
        diff.setId("change-diff");
        diff.setEditable(false);
        diff.getStyleClass().add("pw-mono");
        diff.setStyle("-fx-font-family: monospace;");
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, row) ->
                        diff.setText(row == null ? "" : row.change().diff()));
        SplitPane split = new SplitPane(list, diff);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.35);
        split.setPrefSize(860, 420);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label notes = new Label(String.join("\n", plan.notes()));
        notes.setId("change-notes");
        notes.setWrapText(true);
        notes.setVisible(!plan.notes().isEmpty());
        notes.setManaged(notes.isVisible());
        includeUnsaved.setId("change-include-unsaved");
        boolean anyUnsaved = plan.changes().stream().anyMatch(PostChange::unsaved);
        includeUnsaved.setVisible(anyUnsaved);
        includeUnsaved.setManaged(anyUnsaved);
        getDialogPane().setContent(new VBox(8, notes, split, includeUnsaved));

        Button write = (Button) getDialogPane().lookupButton(WRITE);
        write.setId("change-write");
        write.setDisable(plan.isEmpty());
        setResultConverter(
                button -> button == WRITE ? new Choice(plan.only(selected()), includeUnsaved.isSelected()) : null);
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private Set<Path> selected() {
        Set<Path> out = new LinkedHashSet<>();
        list.getItems().stream()
                .filter(r -> r.selectedProperty().get())
                .forEach(r -> out.add(r.change().path()));
        return out;
    }

    public ListView<Row> list() {
        return list;
    }

    public List<Row> rows() {
        return list.getItems();
    }
}
