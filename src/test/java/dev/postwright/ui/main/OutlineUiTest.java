package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.Outline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The outline pane in the real window: Ctrl+Alt+O, the tree, the caret's heading, Enter jumps, F6 reaches it. */
@ExtendWith(ApplicationExtension.class)
class OutlineUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = dev.postwright.TestSites.copySampleSite(tmp.resolve("site-" + System.nanoTime()));
        Clock clock = TestClocks.JUNE_2026;
        vm = new MainViewModel(background, clock, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, new MainWindowUiTest.ScriptedDialogs());
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

    @Test
    void outlineShowsTheTreeFollowsTheCaretAndJumps(FxRobot robot) {
        waitUntil(() -> vm.posts().totalCount() == 11);
        Path post = site.resolve("src/data/blog/sourdough-starter.md");
        robot.interact(() -> window.postTabs().open(post));
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        PostTabView tab = window.postTabs().selectedView().get();
        robot.clickOn(tab.editorPane().editor().area());
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> window.siteTools().outlineTree().isPresent());
        @SuppressWarnings("unchecked")
        TreeView<Outline.Node> tree =
                (TreeView<Outline.Node>) window.siteTools().outlineTree().get();
        waitUntil(() -> tree.getRoot().getChildren().size() == 6);
        TreeItem<Outline.Node> toc = tree.getRoot().getChildren().get(0);
        assertTrue(toc.getValue().toc());
        TreeItem<Outline.Node> mixing = tree.getRoot().getChildren().get(2);
        assertEquals("Mixing the first jar", mixing.getValue().heading().text());
        assertEquals("Notes", mixing.getChildren().get(0).getValue().heading().text());

        // the caret on line 36 (under "## Feeding schedule") selects that heading
        robot.interact(() -> tab.goTo(36, 1));
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel()
                        .getSelectedItem()
                        .getValue()
                        .heading()
                        .text()
                        .equals("Feeding schedule"));

        // Enter on "When it goes wrong" moves the caret there
        robot.interact(() -> {
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(5));
            tree.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> tab.editorPane().editor().getCaretLine() == 60);

        // F6 reaches the outline after the problems table
        assertTrue(window.panes().contains((Node) tree));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> window.siteTools().outlineTree().isEmpty());
    }
}
