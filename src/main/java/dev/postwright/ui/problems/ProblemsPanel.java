package dev.postwright.ui.problems;

import dev.postwright.ui.theme.Icons;
import dev.postwright.validation.Failures;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The problems of the current post (or the whole site): severity, rule, message, position, quick fix. */
public final class ProblemsPanel extends VBox {

    private final TableView<Problem> table = new TableView<>();
    private final ObservableList<Problem> postProblems;
    private final ToggleButton wholeSite = new ToggleButton("Whole site");
    private final Label summary = new Label();
    /** The whole site's problems last gathered, and which request is the latest (FX thread). */
    private SiteProblems site;

    private int siteRequests;

    /**
     * @param postProblems the current post's problems (kept up to date by its view model)
     * @param siteProblems all problems of the site, fetched when the writer asks for them
     * @param fileLabel how a problem's file is shown in whole-site mode
     * @param onOpen double-click or Enter: go to the problem
     * @param onFix the quick-fix button
     */
    public ProblemsPanel(
            ObservableList<Problem> postProblems,
            Supplier<List<Problem>> siteProblems,
            Function<Problem, String> fileLabel,
            Consumer<Problem> onOpen,
            Consumer<Problem> onFix) {
        this(postProblems, siteProblems, fileLabel, onOpen, onFix, Runnable::run);
    }

    /**
     * As above, gathering, ordering and counting the whole site's problems on {@code background}: a site of 10,000
     * posts can have thousands (issue 23), and the table only ever builds the rows on screen.
     */
    public ProblemsPanel(
            ObservableList<Problem> postProblems,
            Supplier<List<Problem>> siteProblems,
            Function<Problem, String> fileLabel,
            Consumer<Problem> onOpen,
            Consumer<Problem> onFix,
            Executor background) {
        this.postProblems = postProblems;
        getStyleClass().add("pw-problems");
        table.setId("problems-table");
        table.setPlaceholder(new Label("No problems: this post is ready to publish"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Problem, Severity> sev = new TableColumn<>("");
        sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        sev.setCellFactory(c -> new SeverityCell());
        sev.setPrefWidth(34);
        sev.setMaxWidth(40);
        sev.setResizable(false);
        TableColumn<Problem, String> where = new TableColumn<>("Line");
        where.setCellValueFactory(
                c -> new ReadOnlyStringWrapper((wholeSite.isSelected() ? fileLabel.apply(c.getValue()) + ":" : "")
                        + c.getValue().line() + ":" + c.getValue().column()));
        where.setPrefWidth(70);
        TableColumn<Problem, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        rule.setPrefWidth(150);
        TableColumn<Problem, Problem> fix = new TableColumn<>("Fix");
        fix.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        fix.setCellFactory(c -> new FixCell(onFix));
        fix.setPrefWidth(70);
        TableColumn<Problem, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(600);
        table.getColumns().setAll(List.of(sev, where, rule, fix, message));
        table.setRowFactory(t -> {
            TableRow<Problem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Problem p = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                onOpen.accept(p);
            }
        });
        table.setItems(postProblems);
        wholeSite.setId("problems-whole-site");
        wholeSite.setOnAction(e -> {
            if (!wholeSite.isSelected()) {
                table.setItems(postProblems);
                return;
            }
            summary.setText("Gathering the site's problems …");
            int asked = ++siteRequests;
            CompletableFuture.supplyAsync(() -> SiteProblems.of(siteProblems.get()), background)
                    .whenComplete((site, error) -> Platform.runLater(() -> {
                        if (asked != siteRequests || !wholeSite.isSelected()) {
                            return; // asked again, or back to the post, meanwhile
                        }
                        if (error != null) {
                            summary.setText("The site's problems could not be gathered: "
                                    + Failures.describe(error.getCause() != null ? error.getCause() : error));
                            return;
                        }
                        this.site = site;
                        table.setItems(site.problems());
                    }));
        });
        postProblems.addListener((ListChangeListener<Problem>) c -> updateSummary());
        table.itemsProperty().addListener((o, a, b) -> updateSummary());
        updateSummary();

        Label title = new Label("Problems");
        title.getStyleClass().add("pw-panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, summary, spacer, wholeSite);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        summary.getStyleClass().add("pw-muted");
    }

    private void updateSummary() {
        List<Problem> items = table.getItems();
        if (site != null && items == site.problems()) {
            summary.setText(summary(site.errors(), site.warnings(), site.infos()));
            return;
        }
        long e = items.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long w = items.stream().filter(p -> p.severity() == Severity.WARNING).count();
        long i = items.size() - e - w;
        summary.setText(summary(e, w, i));
    }

    static String summary(long e, long w, long i) {
        return (e
                + (e == 1 ? " error, " : " errors, ")
                + w
                + (w == 1 ? " warning, " : " warnings, ")
                + i
                + (i == 1 ? " info" : " infos"));
    }

    public TableView<Problem> table() {
        return table;
    }

    /** Shows the problems of every post of the site. */
    public void showWholeSite() {
        wholeSite.setSelected(true);
        wholeSite.getOnAction().handle(null);
    }

    /** Back to the current post's problems. */
    public void showPostProblems() {
        wholeSite.setSelected(false);
        siteRequests++;
        table.setItems(postProblems);
    }

    /** A coloured severity icon (circle, triangle, "i") with the severity word as tooltip: colour is never the only cue. */
    private static final class SeverityCell extends TableCell<Problem, Severity> {
        @Override
        protected void updateItem(Severity s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeAll("pw-sev-error", "pw-sev-warning", "pw-sev-info");
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setGraphic(Icons.severity(s));
            setAccessibleText(s.id());
            getStyleClass().add("pw-sev-" + s.id());
            setTooltip(new Tooltip(s.id()));
            setAlignment(Pos.CENTER);
        }
    }

    /** A small button for problems that have a quick fix. */
    private static final class FixCell extends TableCell<Problem, Problem> {
        private final Consumer<Problem> onFix;

        FixCell(Consumer<Problem> onFix) {
            this.onFix = onFix;
        }

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null || p.fix().isEmpty()) {
                setGraphic(null);
                return;
            }
            Button b = new Button("Fix");
            b.getStyleClass().add("pw-fix-button");
            b.setTooltip(new Tooltip(p.fix().get().description()));
            b.setOnAction(e -> onFix.accept(p));
            setGraphic(b);
        }
    }
}
