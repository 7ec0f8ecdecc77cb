package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.SiteConfig;
import dev.postwright.ui.sitetree.PostListViewModel;
import dev.postwright.ui.sitetree.PostRow;
import dev.postwright.ui.theme.Themes;
import dev.postwright.validation.Severity;
import dev.postwright.workspace.EarlyPosts;
import dev.postwright.workspace.LargeSites;
import dev.postwright.workspace.SiteScan;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Path;
import java.text.Collator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A generated 2,000-post site in the real window: listed while it is read, then filtered and sorted (issue 23). */
@ExtendWith(ApplicationExtension.class)
class LargeSiteUiTest {

    private static final int POSTS = 2_000;

    @TempDir
    static Path tmp;

    private static Path site;

    private final ExecutorService background = UiTests.workers();
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        synchronized (LargeSiteUiTest.class) {
            if (site == null) {
                site = LargeSites.write(tmp.resolve("site"), POSTS);
            }
        }
        vm = new MainViewModel(background, TestClocks.JUNE_2026, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, new MainWindowUiTest.ScriptedDialogs());
        Scene scene = PostwrightApp.buildScene(window);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void stopWatching(FxRobot robot) {
        robot.interact(vm::stopWatching); // the next test's window must not share the host with this one's watcher
    }

    private ListView<?> list(FxRobot robot) {
        return robot.from(window).lookup("#post-list").queryAs(ListView.class);
    }

    /** The visible rows as the FX thread has them once its queued events ran (the test thread must not read them). */
    private List<PostRow> shownRows() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> List.copyOf(vm.posts().visibleRows()));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    private static void assertOncePerPost(List<PostRow> rows) {
        Set<Path> paths = new HashSet<>();
        rows.forEach(r -> assertTrue(paths.add(r.path()), "listed twice: " + r.path()));
        Set<Path> all = IntStream.range(0, POSTS)
                .mapToObj(i -> LargeSites.post(site, i))
                .collect(Collectors.toSet());
        assertEquals(all, paths);
    }

    @Test
    void postsAreListedFromTheirFrontMatterBeforeTheSiteIsReadAndNoneIsLostOrListedTwice(FxRobot robot)
            throws Exception {
        EarlyPosts early = new EarlyPosts();
        CompletableFuture<SiteSession> loading = new CompletableFuture<>(); // the full read, held back
        robot.interact(() -> vm.open(site, loading, early));
        SiteScan scan = SiteScan.scan(site, SiteConfig.defaults(), early);

        UiTests.waitUntil(30, () -> list(robot).getItems().size() == POSTS);
        assertNull(vm.sessionProperty().get(), "the site is not read yet");
        assertOncePerPost(shownRows());
        assertEquals(
                LargeSites.title(7),
                onFx(() ->
                        vm.posts().row(LargeSites.post(site, 7)).orElseThrow().title()));

        loading.complete(SiteSession.openIndexed(scan, new MarkdownEngine(), TestClocks.JUNE_2026));
        UiTests.waitUntil(30, () -> vm.sessionProperty().get() != null);
        Path broken = LargeSites.post(site, 5); // links to a post that does not exist
        UiTests.waitUntil(
                30, () -> onFx(() -> vm.posts().row(broken).orElseThrow().errors() > 0));
        assertOncePerPost(shownRows());
        SiteSession session = vm.sessionProperty().get();
        for (PostRow row : shownRows()) {
            long errors = session.problems(row.path()).stream()
                    .filter(p -> p.severity() == Severity.ERROR)
                    .count();
            assertEquals(errors, row.errors(), row.path().toString());
        }
    }

    @Test
    void filteringAndSortingTheWholeSiteInTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> vm.open(site));
        UiTests.waitUntil(60, () -> vm.sessionProperty().get() != null);
        UiTests.waitUntil(10, () -> list(robot).getItems().size() == POSTS);

        robot.clickOn(robot.from(window).lookup("#post-filter").queryAs(Node.class))
                .write("the harbour and the moss");
        Set<String> expected = IntStream.range(0, POSTS)
                .mapToObj(LargeSites::title)
                .filter(t -> t.contains("the harbour and the moss"))
                .collect(Collectors.toSet());
        assertTrue(expected.size() > 3 && expected.size() < POSTS / 20, "a filter that picks a few: " + expected);
        UiTests.waitUntil(10, () -> list(robot).getItems().size() == expected.size());
        Set<String> shown = shownRows().stream().map(PostRow::title).collect(Collectors.toSet());
        assertEquals(expected, shown);

        robot.interact(() ->
                robot.from(window).lookup("#post-sort").queryAs(ComboBox.class).setValue(PostListViewModel.Sort.TITLE));
        Collator collator = Collator.getInstance(Locale.ROOT);
        List<String> sorted = expected.stream().sorted(collator).toList();
        assertEquals(sorted, shownRows().stream().map(PostRow::title).toList());

        robot.write(" #travel"); // no title has it: nothing matches
        UiTests.waitUntil(10, () -> list(robot).getItems().isEmpty());
    }
}
