package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.sitetree.PostRow;
import dev.postwright.ui.theme.Themes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A site with two collections in the real window: a header per collection, and a post opened from the second. */
@ExtendWith(ApplicationExtension.class)
class CollectionsUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = twoCollectionSite(tmp.resolve("site-" + System.nanoTime()));
        vm = new MainViewModel(background, TestClocks.JUNE_2026, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, new MainWindowUiTest.ScriptedDialogs());
        stage.setScene(PostwrightApp.buildScene(window));
        stage.setWidth(1100);
        stage.setHeight(700);
        stage.show();
        vm.open(site);
    }

    private static Path twoCollectionSite(Path root) {
        TestSites.write(root, "astro.config.mjs", "export default {};\n");
        TestSites.write(root, "src/content.config.ts", """
                import { defineCollection, z } from "astro:content";
                import { glob } from "astro/loaders";
                const blog = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: "./src/data/blog" }),
                  schema: z.object({ title: z.string(), pubDatetime: z.date() }),
                });
                const notes = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: "./src/data/notes" }),
                  schema: z.object({ title: z.string(), pubDatetime: z.date() }),
                });
                export const collections = { blog, notes };
                """);
        String route = "---\nconst entries = await getCollection(\"%s\");\n"
                + "export const getStaticPaths = () => entries.map((e) => ({ params: { slug: e.id } }));\n---\n";
        TestSites.write(root, "src/pages/posts/[...slug].astro", route.formatted("blog"));
        TestSites.write(root, "src/pages/notes/[...slug].astro", route.formatted("notes"));
        post(root, "src/data/blog/first-firing.md", "The first firing", "2026-01-10", "The kiln took all night.");
        post(root, "src/data/blog/glaze-tests.md", "Glaze tests", "2026-02-14", "Twelve tiles, three good ones.");
        post(root, "src/data/notes/cone-six.md", "Cone six", "2026-03-01", "Cone six is about 1220 degrees.");
        post(root, "src/data/notes/wood-ash.md", "Wood ash glaze", "2026-04-02", "Sieve the ash twice.");
        return root;
    }

    private static void post(Path root, String rel, String title, String date, String body) {
        TestSites.write(root, rel, "---\ntitle: " + title + "\npubDatetime: " + date + "\n---\n\n" + body + "\n");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.postTabs().views().forEach(PostTabView::dispose));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(20, condition);
    }

    /** The texts of the collection headers the sidebar shows, top to bottom. */
    private List<String> headers(FxRobot robot) {
        return robot.from(window).lookup(".pw-collection-header").queryAll().stream()
                .filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getParent().isVisible())
                .sorted((a, b) -> Double.compare(
                        a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(n -> ((Label) n).getText())
                .toList();
    }

    @Test
    void bothCollectionsHaveAHeaderAndAPostOfTheSecondOpens(FxRobot robot) {
        waitUntil(() -> vm.posts().totalCount() == 4);
        waitUntil(() -> headers(robot).size() == 2);
        assertEquals(List.of("blog · 2 posts", "notes · 2 posts"), headers(robot));
        // rows carrying a group's header are taller: the list measures its rows
        assertTrue(
                robot.from(window).lookup("#post-list").queryAs(ListView.class).getFixedCellSize() <= 0);

        // the filter works within the groups; a group nothing matches disappears with its header
        robot.clickOn(robot.from(window).lookup("#post-filter").queryAs(Node.class))
                .write("ash");
        waitUntil(() -> headers(robot).equals(List.of("notes · 1 post")));
        robot.eraseText(3);
        waitUntil(() -> headers(robot).size() == 2);

        ListCell<?> cell = robot.from(window).lookup(".list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof PostRow r && r.title().equals("Cone six"))
                .findFirst()
                .orElseThrow();
        robot.doubleClickOn(cell);
        Path note = site.resolve("src/data/notes/cone-six.md").toAbsolutePath().normalize();
        waitUntil(() -> window.postTabs()
                .selectedView()
                .map(v -> v.viewModel().path().toAbsolutePath().normalize().equals(note))
                .orElse(false));
        assertEquals("/notes/cone-six/", vm.posts().row(note).orElseThrow().url());
    }
}
