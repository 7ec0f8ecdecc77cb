package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The bundled Hugo site's TOML post in the real window: the form names the format, a title, a tag and a date typed
 * like a writer are saved, and the saved file differs from the original only on those three lines. The Raw view
 * edits the block as TOML and shows a TOML error at its line and column.
 */
@ExtendWith(ApplicationExtension.class)
class TomlFormUiTest {

    private static final int KEY_PAUSE_MILLIS = 40;

    @TempDir
    static Path tmp;

    private final MainWindowUiTest.ScriptedDialogs dialogs = new MainWindowUiTest.ScriptedDialogs();
    private final ExecutorService background = UiTests.workers();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;
    private Path post;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = TestSites.copy(Path.of("assets/hugo-site").toAbsolutePath(), tmp.resolve("hugo-" + System.nanoTime()));
        post = site.resolve("content/posts/toml-frontmatter.md");
        vm = new MainViewModel(background, TestClocks.JUNE_2026, new MarkdownEngine());
        dialogs.saveWithErrors = Dialogs.SaveWithErrors.SAVE_ANYWAY;
        window = new MainWindow(stage, vm, url -> {}, dialogs);
        Scene scene = PostwrightApp.buildScene(window);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        vm.open(site);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.postTabs().views().forEach(PostTabView::dispose));
    }

    @Test
    void aTitleATagAndADateTypedIntoTheFormChangeOnlyTheirLines(FxRobot robot) throws Exception {
        String original = Files.readString(post, StandardCharsets.UTF_8);
        PostTabView tab = open(robot);
        assertEquals(
                "TOML", field(robot, tab, "#frontmatter-format", Label.class).getText());
        assertEquals(
                "Raw TOML", field(robot, tab, "#raw-toggle", ToggleButton.class).getText());

        TextField title = field(robot, tab, "#field-title", TextField.class);
        click(robot, title).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Sleeper trains: why this post is written in TOML", KEY_PAUSE_MILLIS);

        TextField tagInput = field(robot, tab, "#tag-input", TextField.class);
        click(robot, tagInput).write("night trains", KEY_PAUSE_MILLIS).type(KeyCode.ENTER);

        TextField date = field(robot, tab, "#field-date", TextField.class);
        click(robot, date).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2025-03-09", KEY_PAUSE_MILLIS).type(KeyCode.ENTER);
        robot.clickOn(tab.editorPane().editor().area());

        robot.interact(() -> window.postTabs().saveSelected());
        UiTests.waitUntil(30, () -> !tab.viewModel().isDirty());
        String saved = Files.readString(post, StandardCharsets.UTF_8);
        assertEquals(
                Map.of(
                        2, "title = \"Sleeper trains: why this post is written in TOML\"",
                        3, "date = 2025-03-09T08:00:00+01:00",
                        5, "tags = [\"trains\", \"planning\", \"night trains\"]"),
                changedLines(original, saved),
                saved);
    }

    @Test
    void theRawViewEditsTomlAndShowsItsErrorAtLineAndColumn(FxRobot robot) {
        PostTabView tab = open(robot);
        robot.clickOn(field(robot, tab, "#raw-toggle", ToggleButton.class));
        TextArea raw = field(robot, tab, "#raw-yaml", TextArea.class);
        assertTrue(raw.getText().startsWith("title = \"A post with TOML front matter\"\n"), raw.getText());
        robot.clickOn(raw);
        robot.interact(() -> raw.positionCaret(raw.getText().length()));
        robot.write("series = \n", KEY_PAUSE_MILLIS);
        robot.clickOn(tab.editorPane().editor().area());
        Label error = field(robot, tab, "#yaml-error", Label.class);
        UiTests.waitUntil(20, () -> error.isVisible() && error.getText().startsWith("TOML error on line 6, column"));
        assertTrue(tab.editorPane().editor().getText().contains("series = \n+++\n"));

        robot.clickOn(raw);
        robot.interact(() -> raw.positionCaret(raw.getText().length() - 1));
        robot.write("\"Night trains\"", KEY_PAUSE_MILLIS);
        robot.clickOn(tab.editorPane().editor().area());
        UiTests.waitUntil(20, () -> !error.isVisible());
        assertTrue(tab.editorPane().editor().getText().contains("series = \"Night trains\"\n+++\n"));
    }

    private PostTabView open(FxRobot robot) {
        UiTests.waitUntil(30, () -> vm.posts().totalCount() > 0);
        robot.interact(() -> window.postTabs().open(post));
        UiTests.waitUntil(30, () -> window.postTabs().selectedView().isPresent());
        PostTabView tab = window.postTabs().selectedView().get();
        UiTests.waitUntil(
                30,
                () -> tab.viewModel().analysisProperty().get() != null
                        && tab.form().getScene() != null
                        && tab.editorPane().editor().area().getScene() != null);
        return tab;
    }

    /** Scrolls the form to the control, as a writer would, and clicks into it. */
    private static FxRobotInterface click(FxRobot robot, Node control) {
        robot.interact(() -> {
            Node n = control;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(control.localToScene(control.getBoundsInLocal()))
                        .getMinY();
                double room = content.getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
            }
        });
        return robot.clickOn(control);
    }

    private static <T extends Node> T field(FxRobot robot, PostTabView tab, String query, Class<T> type) {
        UiTests.waitUntil(
                10, () -> robot.from(tab.form()).lookup(query).tryQuery().isPresent());
        return robot.from(tab.form()).lookup(query).queryAs(type);
    }

    /** Line number (1-based) to its new text, for each line that differs; both files have the same line count. */
    private static Map<Integer, String> changedLines(String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        assertEquals(a.size(), b.size(), after);
        Map<Integer, String> out = new TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.put(i + 1, b.get(i));
            }
        }
        return out;
    }
}
