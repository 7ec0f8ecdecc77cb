package dev.postwright.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThemesTest {

    /** Probes run when the test says so, to show the FX thread never waits for them. */
    private final List<Runnable> queued = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    @AfterEach
    void backToModena(FxRobot robot) {
        System.clearProperty(Themes.OVERRIDE_PROPERTY);
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    private Themes themes(Optional<Boolean> systemAnswer) {
        return new Themes(
                new SystemAppearance() {
                    @Override
                    public Optional<Boolean> prefersDark() {
                        return systemAnswer;
                    }
                },
                queued::add);
    }

    @Test
    void lightAndDarkSetTheUserAgentStylesheet(FxRobot robot) {
        Themes t = themes(Optional.empty());
        robot.interact(() -> t.apply(Theme.DARK));
        assertEquals(Themes.stylesheet(true), fx(Application::getUserAgentStylesheet));
        assertTrue(Themes.stylesheet(true).contains("primer-dark"));
        assertTrue(t.isDark());
        robot.interact(() -> t.apply(Theme.LIGHT));
        assertEquals(Themes.stylesheet(false), fx(Application::getUserAgentStylesheet));
        assertFalse(t.isDark());
    }

    @Test
    void systemShowsLightAtOnceThenTheAnswer(FxRobot robot) {
        Themes t = themes(Optional.of(true));
        robot.interact(() -> t.apply(Theme.SYSTEM));
        assertFalse(t.isDark(), "light until the system answers");
        assertEquals(1, queued.size(), "the probe is off the FX thread");
        queued.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(t::isDark));
        assertEquals(Themes.stylesheet(true), fx(Application::getUserAgentStylesheet));
    }

    @Test
    void anUnknownSystemMeansLight(FxRobot robot) {
        Themes t = themes(Optional.empty());
        robot.interact(() -> t.apply(Theme.SYSTEM));
        queued.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(t::isDark));
    }

    @Test
    void aSlowSystemAnswerDoesNotUndoALaterChoice(FxRobot robot) {
        Themes t = themes(Optional.of(true));
        robot.interact(() -> t.apply(Theme.SYSTEM));
        robot.interact(() -> t.apply(Theme.LIGHT));
        queued.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(t::isDark));
    }

    @Test
    void followsThePreferenceAndTheOverrideWins(FxRobot robot) {
        Themes t = themes(Optional.empty());
        SimpleObjectProperty<Theme> pref = new SimpleObjectProperty<>(Theme.LIGHT);
        robot.interact(() -> t.follow(pref));
        assertFalse(fx(t::isDark));
        robot.interact(() -> pref.set(Theme.DARK));
        assertTrue(fx(t::isDark));

        System.setProperty(Themes.OVERRIDE_PROPERTY, "light");
        robot.interact(() -> t.apply(Theme.DARK));
        assertFalse(fx(t::isDark));
        assertEquals(Theme.LIGHT, fx(() -> t.themeProperty().get()));
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
