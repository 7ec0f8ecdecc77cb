package dev.postwright.ui.wizard;

import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The New Post dialog: title, slug, tags, description and draft on one page, with the file and URL the post
 * will get and why it cannot be created yet. Closes with the new file's path once it is written.
 */
public final class NewPostWizard extends Dialog<Path> {

    /** The Create button's type; disabled until the view model can create. */
    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

    private final NewPostViewModel vm;

    public NewPostWizard(Window owner, NewPostViewModel vm) {
        this.vm = vm;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("New Post");
        setHeaderText("New post in " + vm.site().root().getFileName());
        setResizable(true);
        getDialogPane()
                .getStylesheets()
                .add(NewPostWizard.class
                        .getResource("/dev/postwright/ui/wizard/wizard.css")
                        .toExternalForm());
        getDialogPane().getStyleClass().add("pw-new-post");
        getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        TextField title = new TextField();
        VBox content = new VBox(10, form(title), new Separator(), review());
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        setResultConverter(button -> null); // Create closes through create(); every other button cancels

        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("new-create");
        create.disableProperty().bind(vm.canCreate().not());
        create.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open until the file is written; a refusal keeps the dialog open
            create();
        });
        setOnShown(e -> Platform.runLater(title::requestFocus));
        setOnHidden(e -> vm.dispose());
    }

    /**
     * Shows the dialog and waits; the post's absolute path when one was created.
     * Planning and writing run on {@code background}; the FX thread does no file I/O.
     */
    public static Optional<Path> show(Window owner, Site site, SiteIndex index, Clock clock, Executor background) {
        return new NewPostWizard(owner, new NewPostViewModel(site, index, clock, background)).showAndWait();
    }

    public NewPostViewModel viewModel() {
        return vm;
    }

    private void create() {
        vm.create().whenComplete((path, error) -> {
            if (path != null) {
                setResult(path); // closes the dialog
            }
            // on failure the view model shows the reason with the refusals
        });
    }

    private Node form(TextField title) {
        title.setId("new-title");
        title.setPromptText("The post's title");
        title.textProperty().bindBidirectional(vm.titleProperty());

        TextField slug = new TextField();
        slug.setId("new-slug");
        slug.textProperty().bindBidirectional(vm.slugProperty());
        Button generate = new Button("Generate from title");
        generate.setId("new-slug-reset");
        generate.setOnAction(e -> vm.resetSlug());
        generate.disableProperty().bind(vm.slugEditedProperty().not());
        HBox.setHgrow(slug, Priority.ALWAYS);

        TagField tags = new TagField(vm);
        tags.setId("new-tags");
        Label tagHint = muted("");
        tagHint.setId("new-tag-notes");
        tagHint.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.tagNotes().isEmpty() ? inUse() : String.join("\n", vm.tagNotes()), vm.tagNotes()));

        TextArea description = new TextArea();
        description.setId("new-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setPromptText("One or two sentences for search results and link previews");
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        Label counter = muted("");
        counter.setId("new-description-count");
        counter.textProperty().bind(vm.descriptionCounter());

        CheckBox draft = new CheckBox("Draft (kept out of the built site until you clear it)");
        draft.setId("new-draft");
        draft.selectedProperty().bindBidirectional(vm.draftProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(labels(), grow());
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Slug"), new HBox(6, slug, generate));
        grid.addRow(2, new Label("Tags"), tags);
        grid.add(tagHint, 1, 3);
        grid.addRow(4, new Label("Description"), description);
        grid.add(counter, 1, 5);
        grid.add(draft, 1, 6);
        grid.disableProperty().bind(vm.busyProperty());
        return grid;
    }

    /** The label column keeps its labels whole; the inputs take the rest. */
    private static ColumnConstraints labels() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private Node review() {
        Label path = new Label();
        path.setId("new-path");
        path.textProperty().bind(vm.plannedPathProperty());
        Label url = new Label();
        url.setId("new-url");
        url.textProperty().bind(vm.plannedUrlProperty());
        Label refusals = new Label();
        refusals.setId("new-refusals");
        refusals.getStyleClass().add("pw-refusals");
        refusals.setWrapText(true);
        // A wrapped label must be allowed its full height, or it is cut to one line with an ellipsis.
        refusals.setMinHeight(Region.USE_PREF_SIZE);
        refusals.setMaxWidth(520);
        refusals.textProperty()
                .bind(Bindings.createStringBinding(() -> String.join("\n", vm.refusals()), vm.refusals()));
        refusals.managedProperty().bind(refusals.visibleProperty());
        refusals.visibleProperty().bind(Bindings.isNotEmpty(vm.refusals()));
        Label warnings = new Label();
        warnings.setId("new-warnings");
        warnings.getStyleClass().add("pw-muted");
        warnings.setWrapText(true);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.setMaxWidth(520);
        warnings.textProperty()
                .bind(Bindings.createStringBinding(() -> String.join("\n", vm.warnings()), vm.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.visibleProperty().bind(Bindings.isNotEmpty(vm.warnings()));
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(14, 14);
        working.visibleProperty().bind(vm.planningProperty().or(vm.busyProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(labels(), grow());
        HBox heading = new HBox(6, bold("Will create"), working);
        heading.setAlignment(Pos.CENTER_LEFT);
        grid.add(heading, 0, 0, 2, 1);
        grid.addRow(1, muted("File"), path);
        grid.addRow(2, muted("URL"), url);
        VBox box = new VBox(6, grid, refusals, warnings);
        box.setPadding(new Insets(2, 0, 0, 0));
        return box;
    }

    private String inUse() {
        var top = vm.tagSuggestions("");
        return top.isEmpty()
                ? "Comma-separated."
                : "In use: "
                        + String.join(
                                ", ",
                                top.stream().limit(5).map(TagSuggestion::label).toList());
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pw-muted");
        l.setWrapText(true);
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pw-panel-title");
        return l;
    }
}
