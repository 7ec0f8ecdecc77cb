package dev.postwright.ui.spell;

import dev.postwright.spell.Dictionaries;
import dev.postwright.ui.prefs.PreferencesDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Spelling section of File → Preferences…: checking on or off, and the Hunspell dictionaries the writer added
 * (a {@code .dic} file with its {@code .aff} beside it; its file name, such as {@code de_DE}, is its language).
 */
public final class SpellPreferencesSection {

    private final CheckBox enabled = new CheckBox("Check spelling as I type");
    private final ListView<Path> dictionaries = new ListView<>();
    private final VBox box;

    private SpellPreferencesSection(SpellSupport spelling, Function<Window, Optional<Path>> chooseDic) {
        enabled.setId("pref-spelling");
        enabled.setSelected(spelling.enabled());
        dictionaries.setId("pref-dictionaries");
        dictionaries.setPrefHeight(90);
        dictionaries.getItems().setAll(spelling.extraDictionaries());
        dictionaries.setPlaceholder(new Label("English (US, GB, AU, CA, NZ, ZA) is built in"));
        Button add = new Button("Add…");
        add.setId("pref-dictionary-add");
        add.setOnAction(e -> chooseDic.apply(add.getScene().getWindow()).ifPresent(p -> {
            if (!dictionaries.getItems().contains(p)) {
                dictionaries.getItems().add(p);
            }
        }));
        Button remove = new Button("Remove");
        remove.setId("pref-dictionary-remove");
        remove.disableProperty()
                .bind(dictionaries.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e ->
                dictionaries.getItems().remove(dictionaries.getSelectionModel().getSelectedItem()));
        Label hint = new Label("A Hunspell .dic file with its .aff beside it; its name (de_DE) is its language. "
                + "Dictionaries in " + Dictionaries.SYSTEM_FOLDER + " are found by themselves. "
                + "A site's language comes from its config or spell: { lang: en-GB } in .postwright.yml.");
        hint.setWrapText(true);
        hint.getStyleClass().add("pw-pref-hint");
        this.box = new VBox(6, enabled, new HBox(6, dictionaries, new VBox(6, add, remove)), hint);
        HBox.setHgrow(dictionaries, Priority.ALWAYS);
    }

    /** Adds the section to a Preferences dialog; OK stores the settings and applies them to the open site. */
    public static void addTo(PreferencesDialog dialog, SpellSupport spelling) {
        addTo(dialog, spelling, w -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Hunspell dictionary (.dic)");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Hunspell dictionary", "*.dic"));
            File f = chooser.showOpenDialog(w);
            return f == null ? Optional.empty() : Optional.of(f.toPath());
        });
    }

    /** @param chooseDic asks for a {@code .dic} file (tests answer without a native dialog) */
    public static void addTo(
            PreferencesDialog dialog, SpellSupport spelling, Function<Window, Optional<Path>> chooseDic) {
        SpellPreferencesSection s = new SpellPreferencesSection(spelling, chooseDic);
        dialog.addSection("Spelling", s.box, () -> {
            spelling.set(s.enabled.isSelected(), List.copyOf(s.dictionaries.getItems()));
            return spelling.save()
                    ? null
                    : "Could not save the spelling settings in " + SpellSupport.FILE_NAME
                            + "; check that the data folder is writable.";
        });
    }
}
