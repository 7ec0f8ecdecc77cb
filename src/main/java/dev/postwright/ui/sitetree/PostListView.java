package dev.postwright.ui.sitetree;

import dev.postwright.ui.theme.Icons;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sidebar: filter box, sort choice and the site's posts with dates, URLs, badges and problem counts. */
public final class PostListView extends VBox {

    private final ListView<PostRow> list = new ListView<>();
    private final TextField filter;
    private final PostListViewModel vm;

    public PostListView(PostListViewModel vm, Consumer<Path> onOpen) {
        this.vm = vm;
        getStyleClass().add("pw-sidebar");
        filter = new TextField();
        filter.setPromptText("Filter by title, slug or #tag");
        filter.setId("post-filter");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        ComboBox<PostListViewModel.Sort> sort = new ComboBox<>();
        sort.getItems().setAll(PostListViewModel.Sort.values());
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setTooltip(new Tooltip("Sort posts"));
        sort.setId("post-sort");
        Label count = new Label();
        count.getStyleClass().add("pw-muted");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.visibleRows().size() + " of " + vm.totalCount() + " posts", vm.visibleRows()));
        HBox tools = new HBox(6, sort, spacer(), count);
        tools.setAlignment(Pos.CENTER_LEFT);

        list.setId("post-list");
        list.setItems(vm.visibleRows());
        list.setCellFactory(v -> new PostCell(vm, this::adoptRowHeight));
        // A grouped list has taller rows (those carrying a group's header): its rows are measured one by one.
        vm.groupCountsProperty().addListener(o -> {
            if (vm.grouped()) {
                list.setFixedCellSize(Region.USE_COMPUTED_SIZE);
            }
        });
        list.setPlaceholder(new Label("No posts match"));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem().path());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem().path());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(filter, tools, list);
    }

    /** Puts the caret in the filter box (Ctrl+P). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public ListView<PostRow> list() {
        return list;
    }

    /**
     * Every row of an ungrouped list is as tall as any other (the badge struts see to it), so the list takes the
     * height of the first row laid out as the height of all. Without a fixed height, JavaFX's list measures rows
     * through a spare cell whenever any row changes (each keystroke that changes a title or a problem count),
     * with a CSS pass over that cell each time, and each measurement repaints the whole window.
     */
    private void adoptRowHeight(PostCell cell) {
        if (list.getFixedCellSize() <= 0 && !vm.grouped() && !cell.isEmpty() && cell.getHeight() > 0) {
            list.setFixedCellSize(cell.getHeight());
        }
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /**
     * Two lines per post: title with badges, then date, URL and problem counts. The nodes are built once per cell
     * and only refilled: the list re-measures rows through this cell whenever a row changes, which happens on
     * every keystroke that changes a post's title or problem count. The first post of a collection's group
     * carries the group's header above it.
     */
    private static final class PostCell extends ListCell<PostRow> {
        private final PostListViewModel vm;
        private final Label header = new Label();
        private final Label title = new Label();
        private final Label draft = badge("Draft", "pw-badge-draft", Icons.draft());
        private final Label scheduled = badge("Scheduled", "pw-badge-scheduled", Icons.scheduled());
        private final Label featured = badge("Featured", "pw-badge-featured", Icons.featured());
        private final Label git = new Label();
        private final Tooltip gitTip = new Tooltip();
        private final Label meta = new Label();
        private final Label errors = badge("", "pw-badge-error", Icons.errors());
        private final Label warnings = badge("", "pw-badge-warning", Icons.warnings());
        private final Tooltip tooltip = new Tooltip();
        private final VBox box;
        private final Consumer<PostCell> laidOut;

        PostCell(PostListViewModel vm, Consumer<PostCell> laidOut) {
            this.vm = vm;
            this.laidOut = laidOut;
            // Without this a cell asks for its content's full width and the list scrolls sideways.
            setPrefWidth(0);
            header.getStyleClass().add("pw-collection-header");
            header.setMaxWidth(Double.MAX_VALUE);
            header.setMinWidth(0);
            show(header, false);
            // Counts change and groups start elsewhere without this cell's row changing.
            vm.groupCountsProperty().addListener(o -> refreshHeader());
            title.getStyleClass().add("pw-post-title");
            title.setMaxWidth(Double.MAX_VALUE);
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            git.getStyleClass().add("pw-git-mark");
            git.setMinWidth(Region.USE_PREF_SIZE);
            git.setTooltip(gitTip);
            // first: long titles and badges are cut; a strut makes the line as tall with a badge as without
            HBox top = new HBox(6, git, title, draft, scheduled, featured, strut());
            top.setAlignment(Pos.CENTER_LEFT);
            meta.getStyleClass().add("pw-muted");
            meta.setMinWidth(0);
            HBox bottom = new HBox(6, meta, spacer(), errors, warnings, strut());
            bottom.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, header, top, bottom);
            box.setMinWidth(0);
            for (Node n : List.of(git, draft, scheduled, featured, errors, warnings)) {
                show(n, false); // until a row says otherwise
            }
            // The graphic stays in the cell, hidden while the cell is empty: taken out and put back, its nodes
            // would get their CSS anew each time (the list empties and refills its spare measuring cell often).
            setGraphic(box);
            setText(null);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            laidOut.accept(this);
        }

        @Override
        protected void updateItem(PostRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                box.setVisible(false);
                setTooltip(null);
                return;
            }
            box.setVisible(true);
            title.setText(row.title().isBlank() ? row.path().getFileName().toString() : row.title());
            show(draft, row.draft());
            show(scheduled, row.scheduled());
            show(featured, row.featured());
            git.setText(row.git().letter());
            git.getStyleClass().removeIf(c -> c.startsWith("pw-git-") && !c.equals("pw-git-mark"));
            if (row.git() != GitMark.NONE) {
                git.getStyleClass().add(row.git().styleClass());
            }
            gitTip.setText(row.git().words());
            show(git, row.git() != GitMark.NONE);
            meta.setText(row.dateText() + "  ·  " + (row.url().isEmpty() ? "no page" : row.url()));
            errors.setText(row.errors() + (row.errors() == 1 ? " error" : " errors"));
            show(errors, row.errors() > 0);
            warnings.setText(row.warnings() + (row.warnings() == 1 ? " warning" : " warnings"));
            show(warnings, row.warnings() > 0);
            tooltip.setText(row.path().toString());
            setTooltip(tooltip);
            refreshHeader();
        }

        private void refreshHeader() {
            vm.groupCountsProperty().get(); // validates the property, so its next change is reported again
            PostRow row = getItem();
            int i = getIndex();
            boolean mine = row != null
                    && i >= 0
                    && i < vm.visibleRows().size()
                    && vm.visibleRows().get(i) == row;
            String text = mine ? vm.groupHeader(i).orElse(null) : null;
            header.setText(text == null ? "" : text);
            show(header, text != null);
        }

        private static void show(Node node, boolean shown) {
            node.setVisible(shown);
            node.setManaged(shown);
        }

        /** A badge's height and no width: a line holds its height whether its badges show or not. */
        private static Label strut() {
            Label strut = badge("", "pw-badge-error", Icons.errors());
            strut.setVisible(false);
            strut.setMinWidth(0);
            strut.setPrefWidth(0);
            strut.setMaxWidth(0);
            HBox.setMargin(strut, new Insets(0, 0, 0, -6)); // takes back the line's spacing before it
            return strut;
        }

        private static Label badge(String text, String style, Node icon) {
            Label l = new Label(text, icon);
            l.getStyleClass().addAll("pw-badge", style);
            l.setMinWidth(Region.USE_PREF_SIZE);
            return l;
        }
    }
}
