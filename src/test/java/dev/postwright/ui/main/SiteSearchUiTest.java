package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.search.ChangePreviewDialog;
import dev.postwright.ui.search.SiteSearchWindow;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.PostHits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Search the Site in the real window, headless: Ctrl+Shift+F, results, open at a match, replace with preview. */
@ExtendWith(ApplicationExtension.class)
class SiteSearchUiTest {

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
            if (window.siteTools().searchWindow() != null) {
                window.siteTools().searchWindow().hide();
            }
        });
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(20, condition);
    }

    private SiteSearchWindow openSearch(FxRobot robot) {
        waitUntil(() -> vm.posts().totalCount() == 11);
        robot.clickOn(robot.from(window).lookup("#post-list").queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.siteTools().searchWindow() != null
                && window.siteTools().searchWindow().isShowing());
        return window.siteTools().searchWindow();
    }

    @Test
    void resultsStreamInAndEnterOpensThePostAtTheMatch(FxRobot robot) {
        SiteSearchWindow search = openSearch(robot);
        robot.clickOn("#search-query").write("notebooks").type(KeyCode.ENTER);
        waitUntil(() -> !search.viewModel().busyProperty().get()
                && search.results().getRoot().getChildren().size() == 1);
        TreeItem<Object> post = search.results().getRoot().getChildren().get(0);
        assertTrue(((PostHits) post.getValue()).relPath().endsWith("welcome-to-field-notes.md"));
        assertEquals(
                "1 match in 1 post (11 searched).",
                search.viewModel().statusProperty().get());

        robot.interact(() -> {
            search.results().getSelectionModel().select(post.getChildren().get(0));
            search.results().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.postTabs()
                .selectedView()
                .map(v -> v.viewModel().path().endsWith("welcome-to-field-notes.md")
                        && v.editorPane().editor().getCaretLine() == 11)
                .orElse(false));

        // a click on a match opens it too
        robot.interact(() -> window.postTabs().selectedView().get().goTo(1, 1));
        robot.clickOn(robot.from(search.results())
                .lookup((TreeCell<?> c) -> c.getItem() instanceof SiteSearchWindow.Located)
                .queryAs(Node.class));
        waitUntil(() -> window.postTabs()
                .selectedView()
                .map(v -> v.editorPane().editor().getCaretLine() == 11)
                .orElse(false));
    }

    @Test
    void replaceAllShowsEachDiffAndWritesOnlyTheTickedPosts(FxRobot robot) throws Exception {
        Path welcome = site.resolve("src/data/blog/welcome-to-field-notes.md");
        Path journal = site.resolve("src/data/blog/trail-journal-draft.md");
        String welcomeBefore = Files.readString(welcome);
        String journalBefore = Files.readString(journal);
        SiteSearchWindow search = openSearch(robot);
        robot.clickOn("#search-query").write("notebook");
        robot.clickOn("#search-word");
        robot.clickOn("#search-replacement").write("journal");
        robot.clickOn("#search-replace-all");

        waitUntil(() -> robot.lookup("#change-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#change-list").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());
        TextArea diff = robot.lookup("#change-diff").queryAs(TextArea.class);
        waitUntil(() -> diff.getText().contains("+"));
        assertTrue(diff.getText().contains("-") && diff.getText().contains("journal"), diff.getText());
        // untick the journal draft, keep the welcome post
        robot.interact(() -> list.getItems().stream()
                .map(r -> (ChangePreviewDialog.Row) r)
                .filter(r -> r.change().relPath().endsWith("trail-journal-draft.md"))
                .forEach(r -> r.selectedProperty().set(false)));
        robot.clickOn(robot.lookup("#change-write").queryAs(Button.class));

        waitUntil(() -> search.viewModel().canUndoProperty().get());
        assertEquals(journalBefore, Files.readString(journal));
        String welcomeAfter = Files.readString(welcome);
        // whole word: 'notebooks' stays; the three 'notebook' become 'journal' (one in the description)
        assertEquals(welcomeBefore.replaceAll("\\bnotebook\\b", "journal"), welcomeAfter);
        assertFalse(welcomeAfter.contains("same notebook."));

        robot.clickOn("#search-undo");
        waitUntil(() -> !search.viewModel().canUndoProperty().get());
        assertEquals(welcomeBefore, Files.readString(welcome));
    }
}
