package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.linkpicker.LinkPickerViewModel;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The link picker in the real window, keyboard only: Ctrl+K, find, pick a heading, insert; ]( and Esc. */
@ExtendWith(ApplicationExtension.class)
class LinkPickerUiTest {

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
        robot.interact(() -> {
            if (window.siteTools().linkPicker() != null) {
                window.siteTools().linkPicker().hide();
            }
            window.postTabs().views().forEach(PostTabView::dispose);
        });
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(20, condition);
    }

    private PostTabView openAtStart(FxRobot robot) {
        waitUntil(() -> vm.posts().totalCount() == 11);
        robot.interact(() -> window.postTabs().open(site.resolve("src/data/blog/tiny-tools-for-notes.md")));
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        PostTabView tab = window.postTabs().selectedView().get();
        robot.clickOn(tab.editorPane().editor().area());
        robot.interact(() -> tab.editorPane()
                .editor()
                .area()
                .moveTo(tab.viewModel().getText().indexOf("\n---\n", 4) + 5));
        return tab;
    }

    @Test
    void ctrlKFindsAPostThenAHeadingAndInsertsTheLink(FxRobot robot) {
        PostTabView tab = openAtStart(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> window.siteTools().linkPicker() != null
                && window.siteTools().linkPicker().isShowing()
                && !window.siteTools().linkPicker().list().getItems().isEmpty());
        robot.write("sourdough");
        waitUntil(() ->
                window.siteTools().linkPicker().list().getItems().get(0).label().contains("starter"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.siteTools().linkPicker().list().getItems().size() > 2
                && window.siteTools()
                        .linkPicker()
                        .list()
                        .getItems()
                        .get(0)
                        .label()
                        .equals("(the whole post)"));
        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        waitUntil(() -> !window.siteTools().linkPicker().isShowing());
        String text = tab.viewModel().getText();
        assertTrue(
                text.contains("[Why keep a starter at all](/posts/sourdough-starter/#why-keep-a-starter-at-all)"),
                text.substring(0, Math.min(600, text.length())));
    }

    @Test
    void typingBracketParenOpensThePickerAndEscLeavesTheTextAsTyped(FxRobot robot) {
        PostTabView tab = openAtStart(robot);
        robot.write("[see](");
        waitUntil(() -> window.siteTools().linkPicker() != null
                && window.siteTools().linkPicker().isShowing());
        assertEquals(
                LinkPickerViewModel.Step.POSTS,
                window.siteTools().linkPicker().viewModel().stepProperty().get());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !window.siteTools().linkPicker().isShowing());
        assertTrue(tab.viewModel().getText().contains("[see]("));
        assertFalse(tab.viewModel().getText().contains("[see](/"));
    }

    @Test
    void aLinkTypedByHandAfterBracketParenComesOutAsTyped(FxRobot robot) {
        PostTabView tab = openAtStart(robot);
        robot.write("[a hand link](/posts/by-hand/) and more");
        waitUntil(() -> tab.viewModel().getText().contains("[a hand link](/posts/by-hand/) and more"));
        assertFalse(window.siteTools().linkPicker().isShowing());
    }
}
