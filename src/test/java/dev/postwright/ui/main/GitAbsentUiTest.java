package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.sitetree.GitMark;
import dev.postwright.ui.theme.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A site outside git works as before: no Git menu, no branch in the status bar, no marks, no empty slots. */
@ExtendWith(ApplicationExtension.class)
class GitAbsentUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = TestSites.copySampleSite(tmp.resolve("site-" + System.nanoTime()));
        vm = new MainViewModel(background, TestClocks.JUNE_2026, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, new MainWindowUiTest.ScriptedDialogs());
        stage.setScene(PostwrightApp.buildScene(window));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        vm.open(site);
    }

    @Test
    void aSiteOutsideGitShowsNoneOfIt(FxRobot robot) {
        assertFalse(Files.exists(site.resolve(".git")));
        UiTests.waitUntil(20, () -> vm.posts().totalCount() == 11);
        UiTests.waitUntil(20, () -> window.gitTools().lookedProperty().get());
        MenuBar bar = robot.from(window).lookup(".menu-bar").queryAs(MenuBar.class);
        assertTrue(
                bar.getMenus().stream().filter(m -> m.getText().equals("_Git")).noneMatch(m -> m.isVisible()));
        assertTrue(robot.lookup("Git").tryQuery().isEmpty(), "no Git menu in the bar");
        Label branch = robot.from(window).lookup("#git-branch").queryAs(Label.class);
        assertFalse(branch.isVisible());
        assertFalse(branch.isManaged(), "no empty slot in the status bar");
        assertTrue(vm.posts().visibleRows().stream().allMatch(r -> r.git() == GitMark.NONE));
        assertTrue(robot.from(window).lookup(".pw-git-mark").queryAll().stream().noneMatch(n -> n.isVisible()));
        // the shortcuts do nothing
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT, KeyCode.CONTROL);
        assertTrue(robot.lookup("#commit-files").tryQuery().isEmpty());
        assertEquals(1, robot.listWindows().size(), "no dialog opened");
    }
}
