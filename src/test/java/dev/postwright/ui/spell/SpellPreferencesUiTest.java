package dev.postwright.ui.spell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.prefs.Preferences;
import dev.postwright.ui.prefs.PreferencesDialog;
import dev.postwright.ui.theme.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Preferences… → Spelling: switch checking off, add a dictionary; OK stores both, Cancel nothing. */
@ExtendWith(ApplicationExtension.class)
class SpellPreferencesUiTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private PreferencesDialog open(FxRobot robot, SpellSupport spelling, Path chosen) {
        Preferences prefs = new Preferences(dir).load();
        PreferencesDialog[] dialog = new PreferencesDialog[1];
        robot.interact(() -> {
            dialog[0] = new PreferencesDialog(stage, prefs, w -> Optional.empty());
            SpellPreferencesSection.addTo(dialog[0], spelling, w -> Optional.of(chosen));
            dialog[0].show();
        });
        return dialog[0];
    }

    @Test
    void okStoresTheSpellingSettings(FxRobot robot) throws IOException {
        SpellSupport spelling = new SpellSupport(dir);
        assertTrue(spelling.enabled(), "on by default");
        Path dic = dir.resolve("de_DE.dic");
        open(robot, spelling, dic);
        robot.clickOn("#pref-spelling");
        robot.clickOn("#pref-dictionary-add");
        robot.clickOn("#pref-ok");
        assertFalse(spelling.enabled());
        assertEquals(List.of(dic), spelling.extraDictionaries());
        SpellSupport again = new SpellSupport(dir);
        assertFalse(again.enabled(), Files.readString(dir.resolve(SpellSupport.FILE_NAME)));
        assertEquals(List.of(dic), again.extraDictionaries());
    }

    @Test
    void cancelKeepsTheSettings(FxRobot robot) {
        SpellSupport spelling = new SpellSupport(dir);
        open(robot, spelling, dir.resolve("x.dic"));
        robot.clickOn("#pref-spelling");
        robot.clickOn("#pref-cancel");
        assertTrue(spelling.enabled());
        assertFalse(Files.exists(dir.resolve(SpellSupport.FILE_NAME)));
    }
}
