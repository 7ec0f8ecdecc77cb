package dev.postwright.ui.outline;

import dev.postwright.render.Heading;
import dev.postwright.workspace.Outline;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The outline pane: the post's headings as a tree, the one the caret is under selected, empty sections and the
 * ToC heading marked. Click or Enter jumps to a heading. A view over {@link OutlineViewModel}.
 */
public final class OutlinePane extends VBox {

    private final TreeView<Outline.Node> tree = new TreeView<>(new TreeItem<>());
    private final Label empty = new Label("No headings in this post.");
    private boolean selecting;

    public OutlinePane(OutlineViewModel vm, Consumer<Heading> jump) {
        getStyleClass().add("pw-outline");
        setId("outline-pane");
        Label title = new Label("Outline");
        title.getStyleClass().add("pw-muted");
        tree.setId("outline-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Outline.Node node, boolean isEmpty) {
                super.updateItem(node, isEmpty);
                getStyleClass().removeAll("pw-outline-empty", "pw-outline-toc");
                if (isEmpty || node == null) {
                    setText(null);
                    return;
                }
                setText(label(node));
                if (node.empty()) {
                    getStyleClass().add("pw-outline-empty");
                }
                if (node.toc()) {
                    getStyleClass().add("pw-outline-toc");
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                selected().ifPresent(jump);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(jump);
                e.consume();
            }
        });
        empty.getStyleClass().add("pw-muted");
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, tree, empty);
        setSpacing(4);
        setMinWidth(160);

        vm.outlineProperty()
                .addListener(
                        (o, a, outline) -> fill(outline, vm.currentProperty().get()));
        vm.currentProperty().addListener((o, a, heading) -> select(heading));
        fill(vm.outlineProperty().get(), vm.currentProperty().get());
    }

    /** The text of a row: the heading, then what is special about it. */
    static String label(Outline.Node node) {
        return node.heading().text()
                + (node.toc() ? "  · table of contents" : "")
                + (node.empty() ? "  · empty section" : "");
    }

    private Optional<Heading> selected() {
        TreeItem<Outline.Node> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null
                ? Optional.empty()
                : Optional.of(item.getValue().heading());
    }

    private void fill(Outline outline, Heading current) {
        TreeItem<Outline.Node> root = new TreeItem<>();
        if (outline != null) {
            outline.roots().forEach(n -> root.getChildren().add(item(n)));
        }
        tree.setRoot(root);
        boolean none = root.getChildren().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        select(current);
    }

    private static TreeItem<Outline.Node> item(Outline.Node node) {
        TreeItem<Outline.Node> item = new TreeItem<>(node);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        item.setExpanded(true);
        return item;
    }

    private void select(Heading heading) {
        if (selecting) {
            return;
        }
        selecting = true;
        try {
            TreeItem<Outline.Node> found = heading == null ? null : find(tree.getRoot(), heading);
            if (found == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(found);
            }
        } finally {
            selecting = false;
        }
    }

    private static TreeItem<Outline.Node> find(TreeItem<Outline.Node> item, Heading heading) {
        if (item.getValue() != null && item.getValue().heading().equals(heading)) {
            return item;
        }
        for (TreeItem<Outline.Node> child : item.getChildren()) {
            TreeItem<Outline.Node> found = find(child, heading);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public TreeView<Outline.Node> tree() {
        return tree;
    }
}
