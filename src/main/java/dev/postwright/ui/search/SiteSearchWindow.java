package dev.postwright.ui.search;

import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.PostHits;
import dev.postwright.workspace.SearchHit;
import dev.postwright.workspace.SearchQuery;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Search (and replace) across the site (Ctrl+Shift+F): the query and its options on top, the results grouped by
 * post below as they stream in; a click or Enter on a match opens the post there. Replace All shows every
 * change as a diff first. A view over {@link SiteSearchViewModel}; it holds no logic of its own.
 */
public final class SiteSearchWindow extends Stage {

    /** Opens a post with the caret at a 1-based line and column. */
    public interface OpenAt {
        void open(Path post, int line, int column);
    }

    private final SiteSearchViewModel vm;
    private final TextField query = new TextField();
    private final TreeView<Object> results = new TreeView<>(new TreeItem<>("results"));
    private Function<ChangePlan, Optional<ChangePreviewDialog.Choice>> reviewer;

    public SiteSearchWindow(Window owner, SiteSearchViewModel vm, OpenAt openAt) {
        this.vm = vm;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Search the Site");
        reviewer = plan -> new ChangePreviewDialog(this, plan).showAndWait();

        query.setId("search-query");
        query.setPromptText("Find in every post");
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setOnAction(e -> vm.search());
        TextField replacement = new TextField();
        replacement.setId("search-replacement");
        replacement.setPromptText("Replace with ($1 refers to a regex group)");
        replacement.textProperty().bindBidirectional(vm.replacementProperty());

        CheckBox regex = check("Regex", "search-regex");
        regex.selectedProperty().bindBidirectional(vm.regexProperty());
        CheckBox word = check("Whole word", "search-word");
        word.selectedProperty().bindBidirectional(vm.wholeWordProperty());
        CheckBox matchCase = check("Match case", "search-case");
        matchCase.selectedProperty().bindBidirectional(vm.matchCaseProperty());
        ComboBox<SearchQuery.Scope> scope = new ComboBox<>();
        scope.setId("search-scope");
        scope.getItems().setAll(SearchQuery.Scope.values());
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(SearchQuery.Scope s) {
                return s == null
                        ? ""
                        : switch (s) {
                            case BODY -> "Body";
                            case FIELD -> "Front matter field";
                            case BOTH -> "Body and front matter";
                        };
            }

            @Override
            public SearchQuery.Scope fromString(String s) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        TextField field = new TextField();
        field.setId("search-field");
        field.setPromptText("field, e.g. title (empty: all)");
        field.setPrefColumnCount(12);
        field.textProperty().bindBidirectional(vm.fieldProperty());
        field.disableProperty().bind(vm.scopeProperty().isNotEqualTo(SearchQuery.Scope.FIELD));

        Button search = new Button("Search");
        search.setId("search-run");
        search.setDefaultButton(true);
        search.setOnAction(e -> vm.search());
        Button replaceAll = new Button("Replace All…");
        replaceAll.setId("search-replace-all");
        replaceAll.setOnAction(e -> replaceAll());
        Button undo = new Button("Undo Replace");
        undo.setId("search-undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Find"), query, search);
        form.addRow(1, new Label("Replace"), replacement, replaceAll);
        GridPane.setHgrow(query, Priority.ALWAYS);
        HBox options = new HBox(10, regex, word, matchCase, new Label("In"), scope, field, undo);
        options.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("search-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        results.setId("search-results");
        results.setShowRoot(false);
        results.getRoot().setExpanded(true);
        results.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(openAt);
            }
        });
        results.setOnMouseClicked(e -> {
            // a click on a match opens it; on a post row a click only selects (a double click opens its first)
            TreeItem<Object> selected = results.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY
                    && selected != null
                    && (selected.getValue() instanceof Located || e.getClickCount() == 2)) {
                openSelected(openAt);
            }
        });
        vm.results().addListener((ListChangeListener<PostHits>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && vm.results().isEmpty()) {
                    results.getRoot().getChildren().clear();
                }
                for (PostHits hits : c.getAddedSubList()) {
                    results.getRoot().getChildren().add(postItem(hits));
                }
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        VBox root = new VBox(8, form, options, status, results);
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 820, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                hide();
            }
        });
        setScene(scene);
        setOnHidden(e -> vm.cancel());
    }

    private static CheckBox check(String text, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        return box;
    }

    /** Lets UI tests answer the preview without a nested event loop. */
    void setReviewer(Function<ChangePlan, Optional<ChangePreviewDialog.Choice>> reviewer) {
        this.reviewer = reviewer;
    }

    private void replaceAll() {
        vm.planReplace().thenAccept(plan -> {
            if (!plan.isEmpty()) {
                reviewer.apply(plan).ifPresent(choice -> vm.apply(choice.plan(), choice.includeUnsaved()));
            }
        });
    }

    /** Puts the caret in the query field, its text selected, so typing starts a new search. */
    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    private static TreeItem<Object> postItem(PostHits hits) {
        TreeItem<Object> item = new TreeItem<>(hits);
        for (SearchHit hit : hits.hits()) {
            item.getChildren().add(new TreeItem<>(new Located(hits, hit)));
        }
        item.setExpanded(true);
        return item;
    }

    /** A hit with the post it is in, as a tree row. */
    public record Located(PostHits post, SearchHit hit) {}

    private static String label(Object item) {
        if (item instanceof PostHits p) {
            int n = p.hits().size();
            return p.relPath() + (p.title().isBlank() ? "" : " — " + p.title()) + "  (" + n
                    + (n == 1 ? " match" : " matches") + (p.unsaved() ? ", unsaved tab" : "") + ")";
        }
        if (item instanceof Located l) {
            SearchHit h = l.hit();
            return h.line() + ":" + h.column() + (h.field().isEmpty() ? "" : " [" + h.field() + "]") + "   "
                    + context(h);
        }
        return String.valueOf(item);
    }

    /** The line around the match, cut to a readable length. */
    static String context(SearchHit h) {
        String line = h.lineText();
        int from = Math.max(0, h.lineOffset() - 50);
        int to = Math.min(line.length(), h.lineOffset() + (h.end() - h.start()) + 70);
        return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
    }

    private void openSelected(OpenAt openAt) {
        TreeItem<Object> selected = results.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (selected.getValue() instanceof Located l) {
            openAt.open(l.post().path(), l.hit().line(), l.hit().column());
        } else if (selected.getValue() instanceof PostHits p && !p.hits().isEmpty()) {
            openAt.open(p.path(), p.hits().get(0).line(), p.hits().get(0).column());
        }
    }

    public TreeView<Object> results() {
        return results;
    }

    public SiteSearchViewModel viewModel() {
        return vm;
    }
}
