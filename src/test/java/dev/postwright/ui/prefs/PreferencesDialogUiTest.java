package dev.postwright.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.theme.Theme;
import dev.postwright.ui.theme.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreferencesDialogUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Preferences prefs;
    private PreferencesDialog dialog;
    private final Path chosenSite = Path.of("/sites/field-notes");

    @Start
    void start(Stage stage) {
        // The look the app runs with; its stylesheets use AtlantaFX's looked-up colours.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void open(FxRobot robot) {
        prefs = new Preferences(dir).load();
        robot.interact(() -> {
            dialog = new PreferencesDialog(stage, prefs, w -> Optional.of(chosenSite));
            dialog.show(); // not showAndWait: that would block the FX thread in a nested loop
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog.isShowing()) {
                dialog.close();
            }
            Application.setUserAgentStylesheet(null);
        });
    }

    @Test
    void controlsStartFromTheModel(FxRobot robot) {
        assertEquals(
                Theme.SYSTEM,
                fx(() -> robot.lookup("#pref-theme").<Theme>queryComboBox().getValue()));
        assertEquals(14, fx(() -> spinner(robot, "#pref-font-size").getValue()));
        assertEquals(5, fx(() -> spinner(robot, "#pref-autosave").getValue()));
        assertEquals(50, fx(() -> spinner(robot, "#pref-desc-min").getValue()));
        assertEquals(160, fx(() -> spinner(robot, "#pref-desc-max").getValue()));
        assertTrue(fx(() -> robot.lookup("#pref-wrap").queryAs(CheckBox.class).isSelected()));
        assertFalse(
                fx(() -> robot.lookup("#pref-remote").queryAs(CheckBox.class).isSelected()));
        assertFalse(
                fx(() -> robot.lookup("#pref-online").queryAs(CheckBox.class).isSelected()));
        assertEquals(
                "",
                fx(() -> robot.lookup("#pref-default-site")
                        .queryAs(TextField.class)
                        .getText()));
    }

    @Test
    void okAppliesAndSaves(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#pref-theme").<Theme>queryComboBox().setValue(Theme.DARK));
        robot.clickOn("#pref-font-size .text-field").eraseText(2).write("18");
        robot.clickOn("#pref-remote");
        robot.clickOn("#pref-default-site-choose");
        robot.clickOn("#pref-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(fx(dialog::isShowing));
        assertEquals(18, prefs.editorFontSizeProperty().get());
        assertEquals(Theme.DARK, prefs.themeProperty().get());
        assertTrue(prefs.loadRemoteContentProperty().get());
        assertEquals(Optional.of(chosenSite), prefs.defaultSiteProperty().get());
        String saved = Files.readString(dir.resolve(Preferences.FILE_NAME));
        assertTrue(saved.contains("editor.font.size=18"), saved);
        assertTrue(saved.contains("theme=dark"), saved);
        PreferenceValues reloaded = new Preferences(dir).load().values();
        assertEquals(prefs.values(), reloaded);
    }

    @Test
    void cancelLeavesModelAndFileAlone(FxRobot robot) {
        robot.interact(() -> robot.lookup("#pref-theme").<Theme>queryComboBox().setValue(Theme.DARK));
        robot.interact(() -> spinner(robot, "#pref-font-size").getValueFactory().setValue(22));
        robot.clickOn("#pref-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(fx(dialog::isShowing));
        assertEquals(PreferenceValues.DEFAULTS, prefs.values());
        assertFalse(Files.exists(dir.resolve(Preferences.FILE_NAME)));
    }

    @Test
    void okIsOffWhileTheDescriptionRangeIsEmpty(FxRobot robot) {
        robot.interact(() -> spinner(robot, "#pref-desc-min").getValueFactory().setValue(300));
        robot.interact(() -> spinner(robot, "#pref-desc-max").getValueFactory().setValue(200));
        assertTrue(fx(() -> robot.lookup("#pref-ok").query().isDisabled()));
        robot.interact(() -> spinner(robot, "#pref-desc-max").getValueFactory().setValue(400));
        assertFalse(fx(() -> robot.lookup("#pref-ok").query().isDisabled()));
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
