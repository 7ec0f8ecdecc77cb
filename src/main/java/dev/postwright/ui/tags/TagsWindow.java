package dev.postwright.ui.tags;

import dev.postwright.ui.search.ChangePreviewDialog;
import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.TagOps;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Tags across the site (View → Tags): every tag with its count, near-duplicate spellings offered for merging,
 * and rename/merge of the selected tags with every post's diff shown before anything is written.
 */
public final class TagsWindow extends Stage {

    private final TagsViewModel vm;
    private final ListView<TagsViewModel.TagRow> tags = new ListView<>();
    private Function<ChangePlan, Optional<ChangePreviewDialog.Choice>> reviewer;

    public TagsWindow(Window owner, TagsViewModel vm) {
        this.vm = vm;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Tags");
        reviewer = plan -> new ChangePreviewDialog(this, plan).showAndWait();

        tags.setId("tags-list");
        tags.setItems(vm.tags());
        tags.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tags.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && vm.newNameProperty().get().isBlank()) {
                vm.newNameProperty().set(row.tag());
            }
        });
        VBox.setVgrow(tags, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("tags-new-name");
        name.setPromptText("New name (several selected tags merge into it)");
        name.textProperty().bindBidirectional(vm.newNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button rename = new Button("Rename / Merge…");
        rename.setId("tags-rename");
        rename.setOnAction(e -> review(vm.planRename(selectedTags())));
        Button undo = new Button("Undo");
        undo.setId("tags-undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        HBox renameRow = new HBox(8, name, rename, undo);
        renameRow.setAlignment(Pos.CENTER_LEFT);

        ListView<TagOps.NearGroup> groups = new ListView<>(vm.groups());
        groups.setId("tags-groups");
        groups.setPrefHeight(140);
        groups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TagOps.NearGroup g, boolean empty) {
                super.updateItem(g, empty);
                setText(
                        empty || g == null
                                ? null
                                : String.join(", ", g.others()) + "  →  " + g.keep() + "  ("
                                        + g.counts().values().stream()
                                                .mapToInt(i -> i)
                                                .sum() + " posts)");
            }
        });
        Button merge = new Button("Merge Group…");
        merge.setId("tags-merge-group");
        merge.disableProperty()
                .bind(groups.getSelectionModel().selectedItemProperty().isNull());
        merge.setOnAction(e -> review(vm.planMerge(groups.getSelectionModel().getSelectedItem())));

        Label status = new Label();
        status.setId("tags-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        VBox root = new VBox(
                8,
                new Label("Tags in use (select several to merge them)"),
                tags,
                renameRow,
                new Label("Near-duplicate spellings"),
                groups,
                merge,
                status);
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 520, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        setScene(scene);
        setOnShown(e -> vm.refresh());
    }

    private Set<String> selectedTags() {
        Set<String> out = new LinkedHashSet<>();
        tags.getSelectionModel().getSelectedItems().forEach(r -> out.add(r.tag()));
        return out;
    }

    private void review(CompletableFuture<ChangePlan> planning) {
        planning.thenAccept(plan -> {
            if (!plan.isEmpty()) {
                reviewer.apply(plan).ifPresent(choice -> vm.apply(choice.plan(), choice.includeUnsaved()));
            }
        });
    }

    /** Lets UI tests answer the preview without a nested event loop. */
    void setReviewer(Function<ChangePlan, Optional<ChangePreviewDialog.Choice>> reviewer) {
        this.reviewer = reviewer;
    }

    public TagsViewModel viewModel() {
        return vm;
    }
}
