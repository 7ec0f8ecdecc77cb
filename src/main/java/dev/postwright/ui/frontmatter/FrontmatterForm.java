package dev.postwright.ui.frontmatter;

import dev.postwright.ui.Debouncer;
import dev.postwright.ui.theme.ClearFills;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The frontmatter form: one row per field bound to {@link FrontmatterFormViewModel}, or the raw block in its own
 * language (YAML, TOML or JSON, named in the header).
 */
public final class FrontmatterForm extends VBox {

    static final Duration RAW_QUIET = Duration.millis(300);

    private final FrontmatterFormViewModel vm;
    private final FieldControls controls;
    private final GridPane grid = new GridPane();
    private final TextArea raw = new TextArea();
    private final Map<String, Node> focusTargets = new HashMap<>();
    private boolean settingRaw;

    public FrontmatterForm(FrontmatterFormViewModel vm) {
        this.vm = vm;
        this.controls = new FieldControls(vm);
        getStylesheets().add(FormStyles.STYLESHEET);
        getStyleClass().add(FormStyles.FORM);

        ToggleButton rawToggle = new ToggleButton();
        rawToggle.textProperty().bind(Bindings.concat("Raw ", vm.format()));
        rawToggle.setId("raw-toggle");
        rawToggle.selectedProperty().bindBidirectional(vm.rawMode());
        // Broken YAML has no form to go back to: raw stays on until the YAML parses.
        rawToggle.disableProperty().bind(vm.formAvailable().not());
        Label format = new Label();
        format.setId("frontmatter-format");
        format.textProperty().bind(vm.format());
        format.getStyleClass().add(FormStyles.FORMAT);
        HBox header = new HBox(6, new Label("Frontmatter"), format, rawToggle);
        header.getStyleClass().add("pw-form-header");

        Label error = new Label();
        error.setId("yaml-error");
        error.setWrapText(true);
        error.getStyleClass().add(FormStyles.YAML_ERROR);
        error.textProperty().bind(vm.errorText());
        error.visibleProperty().bind(vm.formAvailable().not());
        error.managedProperty().bind(error.visibleProperty());

        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        ScrollPane scroll = ClearFills.on(new ScrollPane(grid));
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(vm.rawMode().not());

        raw.setId("raw-yaml");
        raw.getStyleClass().add(FormStyles.RAW);
        raw.visibleProperty().bind(vm.rawMode());
        bindRaw();

        // Scrolling controls (this ScrollPane, the raw YAML and description TextAreas) cache their viewport as a
        // bitmap; under the software pipeline each is a heap texture that outlived its tab (+43 MB after 100
        // tabs), so the form opts out once laid out. It repaints cheaply anyway.
        needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                lookupAll(".viewport").forEach(n -> n.setCache(false));
            }
        });
        StackPane body = new StackPane(scroll, raw);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, error, body);
        setSpacing(4);

        vm.fields().addListener((ListChangeListener<FieldModel>) c -> rebuild());
        rebuild();
    }

    public FrontmatterFormViewModel viewModel() {
        return vm;
    }

    /** Shows the field's control and focuses it (from the problems panel); raw mode is left when possible. */
    /** Focuses the first field (or the raw YAML when the form is not available). */
    public void focusFirst() {
        if (!vm.formAvailable().get() || vm.rawMode().get() || vm.fields().isEmpty()) {
            raw.requestFocus();
            return;
        }
        focusField(vm.fields().get(0).name());
    }

    public void focusField(String name) {
        Node target = focusTargets.get(name);
        if (target == null || !vm.formAvailable().get()) {
            raw.requestFocus();
            return;
        }
        vm.rawMode().set(false);
        target.requestFocus();
    }

    private void rebuild() {
        grid.getChildren().clear();
        focusTargets.clear();
        int r = 0;
        for (FieldModel row : vm.fields()) {
            FieldControls.Built built = controls.build(row);
            Label label = new Label(row.required() ? row.name() + " *" : row.name());
            label.getStyleClass().add(FormStyles.LABEL);
            label.setLabelFor(built.focusTarget());
            // Labels keep their full width; the controls take what is left.
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(r++, label, built.node());
            focusTargets.put(row.name(), built.focusTarget());
        }
    }

    private void bindRaw() {
        raw.setText(vm.rawYaml().get());
        // The raw view follows the document only while it is shown: setting a hidden text area's text on every
        // keystroke in a field re-lays it out for nothing. It catches up when it is shown.
        vm.rawYaml().addListener((o, old, yaml) -> {
            if (vm.rawMode().get()) {
                showRaw(yaml);
            }
        });
        vm.rawMode().addListener((o, was, shown) -> {
            if (shown) {
                showRaw(vm.rawYaml().get());
            }
        });
        // Each keystroke would re-parse the post; the edit goes out once the writer pauses, or leaves the view.
        Debouncer quiet = new Debouncer(RAW_QUIET, () -> vm.rawYaml().set(raw.getText()));
        raw.textProperty().addListener((o, old, text) -> {
            if (!settingRaw) {
                quiet.restart();
            }
        });
        raw.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                quiet.flush();
            }
            vm.rawFocused(focused);
        });
    }

    private void showRaw(String yaml) {
        // While the writer types here, this text is theirs: nothing from the document replaces it.
        if (!yaml.equals(raw.getText()) && !raw.isFocused()) {
            settingRaw = true;
            raw.setText(yaml);
            settingRaw = false;
        }
    }
}
