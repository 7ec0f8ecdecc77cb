package dev.postwright.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestPools;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The New post wizard on a Hugo site with a section archetype: the post follows it, the writer's fields win. */
@ExtendWith(ApplicationExtension.class)
class HugoArchetypeWizardUiTest {

    @TempDir
    Path root;

    private final ExecutorService executor = TestPools.daemon(2, "test-worker");
    private Stage stage;
    private NewPostWizard wizard;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void openWizard(FxRobot robot) throws Exception {
        TestSites.copy(Path.of("src/test/resources/archetypes/yaml-section/site"), root);
        // one expression Postwright cannot fill in, so the wizard has something to warn about
        TestSites.write(
                root,
                "archetypes/posts.md",
                Files.readString(root.resolve("archetypes/posts.md"))
                        .replace("tags:", "cover: '{{ .Resources.GetMatch \"cover.*\" }}'\ntags:"));
        TestSites.write(
                root, "content/posts/first-night.md", "---\ntitle: First night\ndate: 2026-01-02\n---\n\nHi.\n");
        SiteSession session = SiteSession.open(root, new MarkdownEngine(), WizardSite.CLOCK);
        robot.interact(() -> {
            wizard = new NewPostWizard(
                    stage, new NewPostViewModel(session.site(), session.index(), WizardSite.CLOCK, executor));
            wizard.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (wizard.isShowing()) {
                wizard.close();
            }
        });
        executor.shutdownNow();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("not met in 5 s: " + what, e);
        }
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryLabeled().getText());
    }

    @Test
    void createsThePostFromTheSectionsArchetype(FxRobot robot) throws Exception {
        robot.clickOn("#new-title").write("The sleeper to Narvik, in winter");
        robot.clickOn("#new-tags").write("sleepers, winter");
        waitUntil(
                "the planned file shows",
                () -> text(robot, "#new-path").equals("content/posts/the-sleeper-to-narvik-in-winter.md"));
        waitUntil(
                "the expression it cannot fill in is named",
                () -> text(robot, "#new-warnings").contains("{{ .Resources.GetMatch \"cover.*\" }}"));
        assertTrue(text(robot, "#new-warnings").startsWith("archetypes/posts.md: "), text(robot, "#new-warnings"));
        waitUntil(
                "Create is enabled",
                () -> !robot.lookup("#new-create").queryButton().isDisabled());

        robot.clickOn("#new-create");
        waitUntil("the dialog closed", () -> !wizard.isShowing());
        String written = Files.readString(root.resolve("content/posts/the-sleeper-to-narvik-in-winter.md"));
        assertEquals(
                "---\ntitle: \"The sleeper to Narvik, in winter\"\ndate: 2026-03-14T09:30:00Z\ndraft: true\n"
                        + "author: Mara Lindqvist\nregion: \"Nordics\"\nsection: posts\ntype: posts\n"
                        + "slug: the-sleeper-to-narvik-in-winter\nsummary: \"The sleeper to narvik in winter\"\n"
                        + "cover: ''\ntags:\n  - sleepers\n  - winter\n---\n\nBy Mara Lindqvist.\n",
                written);
    }
}
