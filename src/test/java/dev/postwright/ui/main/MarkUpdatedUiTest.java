package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.prefs.Preferences;
import dev.postwright.ui.theme.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Edit → Mark as Updated and the "on save when the body changed" preference, in the real window (that only a
 * front matter edit leaves the field alone is MarkUpdatedTest's bodyChanged case).
 */
@ExtendWith(ApplicationExtension.class)
class MarkUpdatedUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private MainViewModel vm;
    private MainWindow window;
    private Preferences prefs;
    private Path site;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = dev.postwright.TestSites.copySampleSite(tmp.resolve("site-" + System.nanoTime()));
        Clock clock = TestClocks.JUNE_2026;
        vm = new MainViewModel(background, clock, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, new MainWindowUiTest.ScriptedDialogs());
        prefs = new Preferences(tmp.resolve("prefs-" + System.nanoTime()));
        window.usePreferences(prefs, new SimpleBooleanProperty(false));
        stage.setScene(PostwrightApp.buildScene(window));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        vm.open(site);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.postTabs().views().forEach(PostTabView::dispose));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(20, condition);
    }

    private PostTabView open(FxRobot robot, String name) {
        waitUntil(() -> vm.posts().totalCount() == 11);
        robot.interact(
                () -> window.postTabs().open(site.resolve("src/data/blog").resolve(name)));
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        return window.postTabs().selectedView().get();
    }

    @Test
    void theMenuActionSetsModDatetimeInTheEditorInTheShapeOfTheDate(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, "welcome-to-field-notes.md");
        String disk = Files.readString(tab.viewModel().path());
        robot.clickOn(tab.editorPane().editor().area());
        typeAtEnd(robot, tab, "x"); // the writer is at the end of the body, far below the field
        int caret = tab.editorPane().editor().area().getCaretPosition();
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.U).release(KeyCode.U, KeyCode.ALT, KeyCode.CONTROL);
        // the post's date is a bare date, so the modified date is one too
        waitUntil(() -> tab.viewModel().getText().contains("\npubDatetime: 2025-01-05\nmodDatetime: 2026-06-01\n"));
        assertTrue(tab.viewModel().isDirty());
        assertEquals(
                caret + "modDatetime: 2026-06-01\n".length(),
                tab.editorPane().editor().area().getCaretPosition());
        assertEquals(disk, Files.readString(tab.viewModel().path())); // nothing saved by the action itself
    }

    private static void typeAtEnd(FxRobot robot, PostTabView tab, String text) {
        robot.interact(() -> {
            var area = tab.editorPane().editor().area();
            area.moveTo(area.getLength());
        });
        robot.write(text);
    }

    @Test
    void onSaveOnlyWhenTurnedOn(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, "welcome-to-field-notes.md");
        Path file = tab.viewModel().path();
        robot.clickOn(tab.editorPane().editor().area()); // laid out and focused, as when the writer types
        // off (the default): a body edit saves without the field
        typeAtEnd(robot, tab, "\nOne more line.\n");
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !tab.viewModel().isDirty());
        assertFalse(Files.readString(file).contains("modDatetime"));

        robot.interact(() -> prefs.markUpdatedOnSaveProperty().set(true));
        // on, and the body changed: the saved file carries the new field
        typeAtEnd(robot, tab, "Another line.\n");
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !tab.viewModel().isDirty() && Files.readString(file).contains("modDatetime: 2026-06-01\n"));
    }
}
