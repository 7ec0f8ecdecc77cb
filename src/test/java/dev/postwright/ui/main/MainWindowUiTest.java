package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.ReadingTime;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.rename.SlugRenameViewModel;
import dev.postwright.ui.sitetree.PostRow;
import dev.postwright.ui.theme.Themes;
import dev.postwright.validation.Problem;
import dev.postwright.validation.online.OnlineLinkChecker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: open the sample site and a post, edit, see problems, save through the gate. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) throws IOException {
        // The app's stylesheets use the theme's colour names; tests run with the light theme like the app.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = copySampleSite(tmp.resolve("site-" + System.nanoTime()));
        Clock clock = TestClocks.JUNE_2026;
        vm = new MainViewModel(background, clock, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, dialogs);
        Scene scene = PostwrightApp.buildScene(window);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        vm.open(site);
    }

    @AfterEach
    void closeTabs(FxRobot robot) {
        // Tabs of this test's window stop their background work before the next test's window starts.
        robot.interact(() -> window.postTabs().views().forEach(PostTabView::dispose));
    }

    private static Path copySampleSite(Path to) throws IOException {
        return dev.postwright.TestSites.copySampleSite(to);
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(20, condition);
    }

    /** Reads the preview's content on the FX thread, where WebView calls must happen. */
    private static String previewHtml(PostTabView tab) throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> tab.preview().isReady() ? tab.preview().contentHtml() : "")
                .get(10, TimeUnit.SECONDS);
    }

    private PostTabView openPost(FxRobot robot, String file) {
        waitUntil(() -> vm.posts().totalCount() == 11);
        Path post = site.resolve("src/data/blog").resolve(file);
        robot.interact(() -> window.postTabs().open(post));
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        return window.postTabs().selectedView().get();
    }

    @Test
    void sidebarListsEveryPostWithBadgesAndFilters(FxRobot robot) throws Exception {
        waitUntil(() -> vm.posts().totalCount() == 11);
        ListView<?> list = robot.from(window).lookup("#post-list").queryAs(ListView.class);
        assertEquals(11, list.getItems().size());
        // One collection: every row has the same fixed height, so the list never measures rows one by one, and
        // no row needs more than it (a row with badges is as tall as one without)
        waitUntil(() -> list.getFixedCellSize() > 0);
        double rowHeight = list.getFixedCellSize();
        List<ListCell<?>> filled = robot.from(list).lookup(".list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() != null && c.isVisible())
                .toList();
        assertTrue(filled.stream().anyMatch(c -> c.getItem() instanceof PostRow r && r.errors() > 0));
        assertTrue(filled.stream().anyMatch(c -> c.getItem() instanceof PostRow r && r.errors() == 0));
        for (ListCell<?> c : filled) {
            double wanted =
                    WaitForAsyncUtils.asyncFx(() -> c.prefHeight(c.getWidth())).get();
            assertEquals(rowHeight, wanted, 0.5, "row " + c.getItem());
        }
        robot.clickOn(robot.from(window).lookup("#post-filter").queryAs(Node.class))
                .write("/posts/darkroom/");
        waitUntil(() -> list.getItems().size() == 1);
        assertTrue(vm.posts().visibleRows().get(0).url().contains("/posts/darkroom/"));
        assertTrue(vm.posts()
                        .row(site.resolve("src/data/blog/deliberate-problems.md")
                                .toAbsolutePath()
                                .normalize())
                        .orElseThrow()
                        .errors()
                > 0);
    }

    @Test
    void typingUpdatesThePreviewAndProblemsAndTheSaveGateProtectsTheFile(FxRobot robot) throws Exception {
        PostTabView tab = openPost(robot, "welcome-to-field-notes.md");
        Path file = tab.viewModel().path();
        List<String> before = Files.readAllLines(file, StandardCharsets.UTF_8);
        waitUntil(() -> previewHtml(tab).contains("four notebooks"));

        // Type a paragraph with a link to a post that does not exist at the end of the post.
        robot.clickOn(tab.editorPane().editor().area());
        robot.interact(() -> {
            var area = tab.editorPane().editor().area();
            area.moveTo(area.getLength());
        });
        robot.write("\nA link to [nowhere](/posts/no-such-post/).\n");
        waitUntil(() -> previewHtml(tab).contains("nowhere"));
        waitUntil(
                () -> tab.viewModel().problems().stream().anyMatch(p -> p.rule().equals("link.post-missing")));
        assertTrue(tab.viewModel().isDirty());

        // Ctrl+S with an error: the gate asks, the writer cancels, the file is untouched.
        dialogs.saveWithErrors = Dialogs.SaveWithErrors.CANCEL;
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !dialogs.errorsAsked.isEmpty());
        assertTrue(dialogs.errorsAsked.get(0).stream().anyMatch(p -> p.rule().equals("link.post-missing")));
        assertEquals(before, Files.readAllLines(file, StandardCharsets.UTF_8));

        // Fix…: the caret goes to the error the writer picked (the scripted dialog picks the last one).
        dialogs.saveWithErrors = Dialogs.SaveWithErrors.FIX;
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> dialogs.errorsAsked.size() == 2);
        List<Problem> asked = dialogs.errorsAsked.get(1);
        Problem picked = asked.get(asked.size() - 1);
        waitUntil(() -> tab.editorPane().editor().getCaretLine() == picked.line());
        assertEquals(before, Files.readAllLines(file, StandardCharsets.UTF_8));

        // Fix the link by editing the text, then save: only the added lines differ on disk.
        robot.interact(() -> {
            var editor = tab.editorPane().editor();
            String text = editor.getText();
            int at = text.indexOf("/posts/no-such-post/");
            editor.area().replaceText(at, at + "/posts/no-such-post/".length(), "/posts/sourdough-starter/");
        });
        waitUntil(() ->
                tab.viewModel().problems().stream().noneMatch(p -> p.rule().equals("link.post-missing")));
        AtomicReference<Object> outcome = new AtomicReference<>();
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !tab.viewModel().isDirty());
        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(before, after.subList(0, before.size()), "existing lines unchanged");
        assertEquals(
                List.of("", "A link to [nowhere](/posts/sourdough-starter/)."),
                after.subList(before.size(), after.size()));
        assertEquals(2, dialogs.errorsAsked.size(), "the clean save did not ask");
        assertFalse(outcome.get() != null);
    }

    @Test
    void wordCountAndReadingTimeFollowTheTextInTheStatusBarAndThePreviewHeader(FxRobot robot) {
        PostTabView tab = openPost(robot, "ridge-walk-in-october.md");
        waitUntil(() -> tab.viewModel().analysisProperty().get() != null);
        int before = ReadingTime.words(
                tab.viewModel().analysisProperty().get().frontmatter().body());
        robot.interact(() -> tab.editorPane().editor().area().appendText("\n" + "walked ".repeat(450) + "\n"));
        int words = before + 450;
        int minutes = ReadingTime.minutesFor(words);
        waitUntil(() -> tab.statusText().get().contains(words + " words · " + minutes + " min read"));
        waitUntil(() -> tab.preview().contentProperty().get().headerHtml().contains(minutes + " min read"));
    }

    @Test
    void aFormEditChangesOnlyThatFieldsLineOnDisk(FxRobot robot) throws Exception {
        PostTabView tab = openPost(robot, "ridge-walk-in-october.md");
        Path file = tab.viewModel().path();
        List<String> before = Files.readAllLines(file, StandardCharsets.UTF_8);
        // the tab's content joins the scene in a later pulse than the one that selected it (a busy host shows it)
        waitUntil(() -> robot.from(window).lookup("#field-title").tryQuery().isPresent());
        TextField title = robot.from(window).lookup("#field-title").queryAs(TextField.class);
        waitUntil(() -> !title.getText().isBlank());
        robot.interact(() -> title.setText(title.getText() + " again"));
        waitUntil(() -> tab.editorPane().editor().getText().contains(" again"));
        waitUntil(
                () -> tab.viewModel().analysisProperty().get().summary().title().endsWith(" again"));
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !tab.viewModel().isDirty());
        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(before.size(), after.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(1, changed.size(), "one line changed");
        assertTrue(after.get(changed.get(0)).startsWith("title:"), after.get(changed.get(0)));
        assertTrue(after.get(changed.get(0)).contains(" again"));
    }

    @Test
    void aQuickFixFromTheProblemsPanelRepairsMojibake(FxRobot robot) {
        PostTabView tab = openPost(robot, "deliberate-problems.md");
        waitUntil(
                () -> tab.viewModel().problems().stream().anyMatch(p -> p.rule().equals("text.mojibake")));
        Problem mojibake = tab.viewModel().problems().stream()
                .filter(p -> p.rule().equals("text.mojibake"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> tab.applyFix(mojibake));
        waitUntil(() -> tab.editorPane().editor().getText().contains("🌉"));
        waitUntil(() -> tab.viewModel().problems().stream()
                        .filter(p -> p.rule().equals("text.mojibake"))
                        .count()
                == 2);
    }

    @Test
    void savingAPublishedPostUnderANewUrlOffersToUpdateTheLinks(FxRobot robot) {
        PostTabView tab = openPost(robot, "sourdough-starter.md");
        robot.interact(() -> {
            var editor = tab.editorPane().editor();
            int at = editor.getText().indexOf("author:");
            editor.area().insertText(at, "slug: starter-basics\n");
        });
        waitUntil(() -> tab.viewModel().analysisProperty().get().summary().url().equals("/posts/starter-basics/"));
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !dialogs.renamesOffered.isEmpty());
        assertEquals(List.of("/posts/sourdough-starter/ -> /posts/starter-basics/"), dialogs.renamesOffered);

        // A second save at the same URL does not ask again.
        robot.interact(() -> tab.editorPane().editor().area().appendText("\nMore.\n"));
        waitUntil(() -> tab.viewModel().isDirty());
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !tab.viewModel().isDirty());
        assertEquals(1, dialogs.renamesOffered.size());
    }

    @Test
    void f6MovesBetweenThePanesWithoutAMouse(FxRobot robot) {
        PostTabView tab = openPost(robot, "tiny-tools-for-notes.md");
        robot.interact(() -> robot.from(window).lookup("#post-list").query().requestFocus());
        List<Node> panes = window.panes();
        for (int step = 1; step <= panes.size(); step++) {
            robot.type(KeyCode.F6);
            Node expected = panes.get(step % panes.size());
            waitUntil(() -> isInside(window.getScene().getFocusOwner(), expected));
        }
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        waitUntil(() ->
                isInside(window.getScene().getFocusOwner(), tab.problemsPanel().table()));
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    @Test
    void checkingLinksOnlineAddsProblemsForBrokenOnes(FxRobot robot) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            PostTabView tab = openPost(robot, "trail-journal-draft.md");
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            robot.interact(() -> tab.editorPane()
                    .editor()
                    .area()
                    .appendText("\n[fine](" + base + "/ok) and [gone](" + base + "/gone)\n"));
            waitUntil(() -> tab.viewModel().analysisProperty().get().text().contains("/gone"));
            var checker = new OnlineLinkChecker(tmp.resolve("cache-" + System.nanoTime()));
            Integer[] checked = new Integer[1];
            robot.interact(() -> tab.viewModel().checkLinksOnline(checker).thenAccept(n -> checked[0] = n));
            waitUntil(() -> checked[0] != null);
            List<Problem> online = tab.viewModel().problems().stream()
                    .filter(p -> p.rule().equals("link.online"))
                    .toList();
            assertEquals(1, online.size(), online.toString());
            assertTrue(online.get(0).message().contains("404"), online.get(0).message());
            // the problem follows the text when lines are added above it
            int line = online.get(0).line();
            robot.interact(() -> tab.editorPane()
                    .editor()
                    .area()
                    .insertText(tab.editorPane().editor().getText().indexOf("[fine]"), "\n\n"));
            waitUntil(() -> tab.viewModel().problems().stream()
                    .anyMatch(p -> p.rule().equals("link.online") && p.line() == line + 2));
        } finally {
            server.stop(0);
        }
    }

    /** Answers the window's questions as the test says, and records what was asked. */
    static class ScriptedDialogs implements Dialogs {
        volatile SaveWithErrors saveWithErrors = SaveWithErrors.CANCEL;
        final List<List<Problem>> errorsAsked = new ArrayList<>();

        @Override
        public Unsaved askUnsaved(String fileName) {
            return Unsaved.DISCARD;
        }

        @Override
        public SaveChoice askSaveWithErrors(String fileName, List<Problem> errors) {
            errorsAsked.add(errors);
            return new SaveChoice(saveWithErrors, errors.get(errors.size() - 1));
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError(title + ": " + message);
        }

        @Override
        public Restore askRestore(String fileName, String diff) {
            return Restore.LATER;
        }

        final List<String> renamesOffered = new ArrayList<>();

        @Override
        public Optional<SlugRenameViewModel.Outcome> offerSlugRename(SlugRenameViewModel vm) {
            renamesOffered.add(vm.oldUrl() + " -> " + vm.newUrl());
            return Optional.empty();
        }
    }
}
