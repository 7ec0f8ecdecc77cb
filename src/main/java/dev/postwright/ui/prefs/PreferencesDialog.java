package dev.postwright.ui.prefs;

import dev.postwright.ui.theme.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * File → Preferences: the controls start from the model; OK writes them to the model and saves the file;
 * Cancel leaves the model as it was. Control ids ({@code #pref-theme}, {@code #pref-font-size}, …) are for tests.
 */
public final class PreferencesDialog extends Dialog<ButtonType> {

    private final Preferences prefs;
    private final PreferenceValues before;
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<String> fontFamily = new ComboBox<>();
    private final Spinner<Integer> fontSize = spinner(PreferenceValues.MIN_FONT_SIZE, PreferenceValues.MAX_FONT_SIZE);
    private final CheckBox wrap = new CheckBox("Wrap long lines");
    private final Spinner<Integer> autosave = spinner(PreferenceValues.MIN_AUTOSAVE, PreferenceValues.MAX_AUTOSAVE);
    private final Spinner<Integer> descMin = spinner(0, PreferenceValues.MAX_DESCRIPTION);
    private final Spinner<Integer> descMax = spinner(1, PreferenceValues.MAX_DESCRIPTION);
    private final CheckBox online = new CheckBox("Check links to other sites online");
    private final CheckBox remote = new CheckBox("Load remote images and embeds in the preview");
    private final TextField defaultSite = new TextField();
    private final CheckBox markUpdated = new CheckBox("Mark as updated on save when the body changed");
    private final Label error = new Label();

    /** With a real folder chooser. */
    public PreferencesDialog(Window owner, Preferences prefs) {
        this(owner, prefs, w -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Default site folder");
            File dir = chooser.showDialog(w);
            return dir == null ? Optional.empty() : Optional.of(dir.toPath());
        });
    }

    /** @param chooseFolder asks for the default site folder (tests answer without a native dialog) */
    public PreferencesDialog(Window owner, Preferences prefs, Function<Window, Optional<Path>> chooseFolder) {
        this.prefs = Objects.requireNonNull(prefs);
        this.before = prefs.values();
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Preferences");
        setResizable(true);
        getDialogPane().setId("preferences-dialog");
        getDialogPane().getStyleClass().add("pw-preferences");
        getDialogPane()
                .getStylesheets()
                .add(Objects.requireNonNull(
                                PreferencesDialog.class.getResource("/dev/postwright/ui/prefs/preferences.css"))
                        .toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setContent(content(chooseFolder));
        getDialogPane().setPrefWidth(560);
        show(before);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("pref-ok");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("pref-cancel");
        BooleanBinding badRange = Bindings.createBooleanBinding(
                () -> descMin.getValue() >= descMax.getValue(), descMin.valueProperty(), descMax.valueProperty());
        ok.disableProperty().bind(badRange);
        badRange.addListener((o, a, bad) -> error.setText(bad ? "The minimum must be below the maximum." : ""));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!applyAndSave()) {
                e.consume();
            }
        });
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                prefs.set(before);
            }
            return button;
        });
    }

    /** Opens the dialog, waits, and says whether the writer pressed OK. */
    public static boolean showAndApply(Window owner, Preferences prefs) {
        return showAndApply(owner, prefs, d -> {});
    }

    /** As above, with sections other parts of the window add (spelling) before it shows. */
    public static boolean showAndApply(Window owner, Preferences prefs, Consumer<PreferencesDialog> sections) {
        PreferencesDialog dialog = new PreferencesDialog(owner, prefs);
        sections.accept(dialog);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /**
     * Adds a section below the others. On OK, {@code apply} stores its settings and returns an error message to
     * show (the dialog then stays open), or null when all went well.
     */
    public void addSection(String title, Node content, Supplier<String> apply) {
        VBox box = (VBox) getDialogPane().getContent();
        box.getChildren().addAll(box.getChildren().indexOf(error), List.of(section(title, false), content));
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            String failure = apply.get();
            if (failure != null) {
                error.setText(failure);
                e.consume();
            }
        });
    }

    /** The values the controls show now, without touching the model. */
    public PreferenceValues edited() {
        return new PreferenceValues(
                theme.getValue(),
                Optional.ofNullable(fontFamily.getEditor().getText()).orElse(""),
                commit(fontSize),
                wrap.isSelected(),
                commit(autosave),
                commit(descMin),
                commit(descMax),
                remote.isSelected(),
                online.isSelected(),
                sitePath());
    }

    private boolean applyAndSave() {
        prefs.set(edited());
        prefs.markUpdatedOnSaveProperty().set(markUpdated.isSelected());
        try {
            prefs.save();
            return true;
        } catch (IOException | RuntimeException e) {
            error.setText("Could not save the preferences: " + e.getMessage());
            return false;
        }
    }

    private void show(PreferenceValues v) {
        theme.setValue(v.theme());
        fontFamily.setValue(v.editorFontFamily());
        fontFamily.getEditor().setText(v.editorFontFamily());
        fontSize.getValueFactory().setValue(v.editorFontSize());
        wrap.setSelected(v.wordWrap());
        autosave.getValueFactory().setValue(v.autosaveSeconds());
        descMin.getValueFactory().setValue(v.descriptionMin());
        descMax.getValueFactory().setValue(v.descriptionMax());
        online.setSelected(v.onlineLinkCheck());
        remote.setSelected(v.loadRemoteContent());
        defaultSite.setText(v.defaultSite().map(Path::toString).orElse(""));
        markUpdated.setSelected(prefs.markUpdatedOnSaveProperty().get());
    }

    private Node content(Function<Window, Optional<Path>> chooseFolder) {
        theme.getItems().setAll(Theme.values());
        theme.setId("pref-theme");
        fontFamily.setId("pref-font-family");
        fontFamily.setEditable(true);
        fontFamily.setPromptText("Default monospace");
        fontFamily.getItems().setAll(monospaceFamilies());
        fontFamily.setMaxWidth(Double.MAX_VALUE);
        fontSize.setId("pref-font-size");
        wrap.setId("pref-wrap");
        autosave.setId("pref-autosave");
        descMin.setId("pref-desc-min");
        descMax.setId("pref-desc-max");
        online.setId("pref-online");
        remote.setId("pref-remote");
        defaultSite.setId("pref-default-site");
        markUpdated.setId("pref-mark-updated");
        defaultSite.setPromptText("None: open the last site");
        HBox.setHgrow(defaultSite, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("pref-default-site-choose");
        choose.setOnAction(e -> chooseFolder
                .apply(getDialogPane().getScene().getWindow())
                .ifPresent(p -> defaultSite.setText(p.toString())));
        Button clear = new Button("Clear");
        clear.setOnAction(e -> defaultSite.clear());
        error.getStyleClass().add("pw-pref-error");
        error.setWrapText(true);

        VBox box = new VBox(
                4,
                section("Appearance", true),
                grid(
                        row("Theme", theme),
                        row("Editor font", fontFamily),
                        row("Font size", withUnit(fontSize, "px")),
                        row("", wrap)),
                section("Editing", false),
                grid(row("Autosave every", withUnit(autosave, "seconds")), row("", markUpdated)),
                section("Validation", false),
                grid(row("Description", withUnit(descMin, "to"), withUnit(descMax, "characters")), row("", online)),
                section("Preview", false),
                grid(row("", remote)),
                section("Sites", false),
                grid(row("Default site", hbox(defaultSite, choose, clear))),
                error);
        return box;
    }

    private static List<String> monospaceFamilies() {
        List<String> out = new ArrayList<>();
        for (String f : Font.getFamilies()) {
            String l = f.toLowerCase(Locale.ROOT);
            if (l.contains("mono")
                    || l.contains("code")
                    || l.contains("consol")
                    || l.contains("courier")
                    || l.contains("menlo")) {
                out.add(f);
            }
        }
        return out;
    }

    private static Label section(String title, boolean first) {
        Label l = new Label(title);
        l.getStyleClass().add(first ? "pw-pref-section-first" : "pw-pref-section");
        l.getStyleClass().add("pw-pref-section");
        return l;
    }

    private record Row(String label, Node[] controls) {}

    private static Row row(String label, Node... controls) {
        return new Row(label, controls);
    }

    private static GridPane grid(Row... rows) {
        GridPane g = new GridPane();
        g.getStyleClass().add("pw-pref-grid");
        ColumnConstraints labels = new ColumnConstraints(130);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        for (int i = 0; i < rows.length; i++) {
            Label l = new Label(rows[i].label());
            HBox controls = hbox(rows[i].controls());
            g.add(l, 0, i);
            g.add(controls, 1, i);
        }
        return g;
    }

    private static HBox hbox(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Node withUnit(Spinner<Integer> spinner, String unit) {
        Label l = new Label(unit);
        l.getStyleClass().add("pw-pref-hint");
        return hbox(spinner, l);
    }

    private static Spinner<Integer> spinner(int min, int max) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min));
        s.setEditable(true);
        s.setPrefWidth(96);
        // Typed text counts when focus leaves, not only on Enter.
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(s);
            }
        });
        return s;
    }

    /** The spinner's value after taking in any typed text; text that is not a number is dropped. */
    private static int commit(Spinner<Integer> s) {
        String text = s.getEditor().getText();
        try {
            int typed = Integer.parseInt(text.strip());
            s.getValueFactory().setValue(typed);
        } catch (NumberFormatException e) {
            s.getEditor().setText(String.valueOf(s.getValue()));
        }
        return s.getValue();
    }

    private Optional<Path> sitePath() {
        String s = defaultSite.getText();
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(s.strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
