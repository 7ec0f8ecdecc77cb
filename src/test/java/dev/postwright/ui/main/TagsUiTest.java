package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.tags.TagsWindow;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.TagOps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Tags window in the real window: Ctrl+Shift+T, a near-duplicate group merged through the preview, undone. */
@ExtendWith(ApplicationExtension.class)
class TagsUiTest {

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
        stage.setWidth(1100);
        stage.setHeight(700);
        stage.show();
        vm.open(site);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.postTabs().views().forEach(PostTabView::dispose);
            if (window.siteTools().tagsWindow() != null) {
                window.siteTools().tagsWindow().hide();
            }
        });
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(20, condition);
    }

    @Test
    void aNearDuplicateGroupIsMergedAfterThePreviewAndUndone(FxRobot robot) throws Exception {
        Path post = site.resolve("src/data/blog/deliberate-problems.md");
        String before = Files.readString(post);
        waitUntil(() -> vm.posts().totalCount() == 11);
        robot.clickOn(robot.from(window).lookup("#post-list").queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.siteTools().tagsWindow() != null
                && window.siteTools().tagsWindow().isShowing());
        TagsWindow tags = window.siteTools().tagsWindow();
        waitUntil(
                () -> tags.viewModel().groups().stream().anyMatch(g -> g.keep().equals("sourdough")));
        assertTrue(
                tags.viewModel().tags().stream().anyMatch(r -> r.tag().equals("hiking") && r.posts() == 4),
                tags.viewModel().tags().toString());

        @SuppressWarnings("unchecked")
        ListView<TagOps.NearGroup> groups = robot.lookup("#tags-groups").queryAs(ListView.class);
        robot.interact(() -> groups.getSelectionModel()
                .select(groups.getItems().stream()
                        .filter(g -> g.keep().equals("sourdough"))
                        .findFirst()
                        .orElseThrow()));
        robot.clickOn("#tags-merge-group");
        waitUntil(() -> robot.lookup("#change-list").tryQuery().isPresent());
        assertEquals(
                1,
                robot.lookup("#change-list").queryAs(ListView.class).getItems().size());
        robot.clickOn("#change-write");

        waitUntil(() -> tags.viewModel().canUndoProperty().get());
        assertEquals(before.replace("tags: [Sourdough, hiking", "tags: [sourdough, hiking"), Files.readString(post));
        waitUntil(
                () -> tags.viewModel().groups().stream().noneMatch(g -> g.keep().equals("sourdough")));

        robot.clickOn("#tags-undo");
        waitUntil(() -> !tags.viewModel().canUndoProperty().get());
        assertEquals(before, Files.readString(post));
    }
}
