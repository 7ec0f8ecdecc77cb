package dev.postwright.ui.git;

import dev.postwright.workspace.git.PostDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Git → Show Changes: the open post against the last commit. Front matter field by field (old → new), the body
 * as an inline diff (removed and added lines coloured, with context), and the new or changed images it uses.
 * Colours are the theme's looked-up colours, so both themes read well. Modeless: the writer can keep it open.
 */
public final class PostDiffDialog extends Dialog<Void> {

    /** One line of the body list: a hunk header, or a line with its gutter ({@code style} says which). */
    public record Row(String gutter, String text, String style) {}

    private final ListView<Row> body = new ListView<>();
    private final GridPane fields = new GridPane();

    /**
     * @param relPath the post relative to the site root, for the header
     * @param unsavedNote shown above the diff when the tab has edits that are not on disk (empty: none)
     * @param siteRoot the images are listed relative to it
     */
    public PostDiffDialog(Window owner, PostDiff diff, String relPath, String unsavedNote, Path siteRoot) {
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.NONE);
        setTitle("Changes in " + Path.of(relPath).getFileName());
        setHeaderText(
                diff.newFile()
                        ? relPath + " is new: it is not in the last commit yet."
                        : diff.unchanged()
                                ? relPath + " is the same as in the last commit."
                                : "Changes in " + relPath + " since the last commit");
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane()
                .getStylesheets()
                .add(Objects.requireNonNull(PostDiffDialog.class.getResource("/dev/postwright/ui/git/git.css"))
                        .toExternalForm());
        getDialogPane().getStyleClass().add("pw-git-diff");

        VBox content = new VBox(8);
        content.setPadding(new Insets(4, 12, 0, 12));
        if (!unsavedNote.isEmpty()) {
            Label note = new Label(unsavedNote);
            note.setId("diff-unsaved-note");
            note.setWrapText(true);
            note.getStyleClass().add("pw-diff-note");
            content.getChildren().add(note);
        }

        fields.setId("diff-fields");
        fields.setHgap(10);
        fields.setVgap(4);
        int row = 0;
        for (PostDiff.FieldChange f : diff.fields()) {
            Label key = new Label(f.key());
            key.getStyleClass().add("pw-diff-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label old = new Label(f.oldValue().orElse("(none)"));
            old.getStyleClass().add(f.oldValue().isPresent() ? "pw-diff-old" : "pw-diff-absent");
            Label now = new Label(f.newValue().orElse("(removed)"));
            now.getStyleClass().add(f.newValue().isPresent() ? "pw-diff-new" : "pw-diff-absent");
            old.setWrapText(true);
            now.setWrapText(true);
            old.setMaxWidth(360);
            now.setMaxWidth(360);
            fields.addRow(row++, key, old, new Label("→"), now);
        }
        if (!diff.fields().isEmpty()) {
            content.getChildren().addAll(section("Front matter"), fields);
        }

        body.setId("diff-body");
        body.getStyleClass().add("pw-diff-body");
        body.setCellFactory(v -> new RowCell());
        body.setFixedCellSize(22);
        body.getItems().setAll(rows(diff));
        body.setPrefSize(820, 360);
        VBox.setVgrow(body, Priority.ALWAYS);
        if (!diff.hunks().isEmpty()) {
            content.getChildren().addAll(section("Body"), body);
        }

        if (!diff.images().isEmpty()) {
            ListView<String> images = new ListView<>();
            images.setId("diff-images");
            for (PostDiff.ImageChange image : diff.images()) {
                Path file = image.file().toAbsolutePath().normalize();
                Path root = siteRoot.toAbsolutePath().normalize();
                images.getItems()
                        .add(ImageWords.of(image.state()) + "  "
                                + (file.startsWith(root) ? root.relativize(file) : file));
            }
            images.setPrefHeight(Math.min(140, 28 * images.getItems().size() + 8));
            content.getChildren().addAll(section("Images"), images);
        }
        if (diff.unchanged() && unsavedNote.isEmpty()) {
            content.getChildren().add(new Label("Nothing to show: the file on disk is as it was committed."));
        }
        getDialogPane().setContent(content);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pw-diff-section");
        return l;
    }

    /** The hunks as list rows: a header per hunk, then each line with its number in the file. */
    static List<Row> rows(PostDiff diff) {
        List<Row> out = new ArrayList<>();
        for (PostDiff.Hunk h : diff.hunks()) {
            out.add(new Row(
                    "",
                    "Line " + h.newStart() + (h.oldStart() != h.newStart() ? " (was " + h.oldStart() + ")" : ""),
                    "pw-diff-hunk"));
            for (PostDiff.Line l : h.lines()) {
                switch (l.kind()) {
                    case ADDED -> out.add(new Row("+ " + l.newLine(), l.text(), "pw-diff-added"));
                    case REMOVED -> out.add(new Row("− " + l.oldLine(), l.text(), "pw-diff-removed"));
                    case CONTEXT -> out.add(new Row("  " + l.newLine(), l.text(), "pw-diff-context"));
                }
            }
        }
        return out;
    }

    /** The body's rows, for tests. */
    public List<Row> bodyRows() {
        return body.getItems();
    }

    private static final class RowCell extends ListCell<Row> {
        private final Label gutter = new Label();
        private final Label text = new Label();
        private final GridPane box = new GridPane();

        RowCell() {
            gutter.getStyleClass().add("pw-diff-gutter");
            gutter.setMinWidth(56);
            text.getStyleClass().add("pw-diff-text");
            box.addRow(0, gutter, text);
            box.setHgap(8);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(c -> c.startsWith("pw-diff-"));
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            gutter.setText(row.gutter());
            text.setText(row.text().isEmpty() ? " " : row.text());
            getStyleClass().add(row.style());
            setGraphic(box);
        }
    }
}
