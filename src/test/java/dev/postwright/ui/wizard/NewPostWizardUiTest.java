package dev.postwright.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestPools;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

@ExtendWith(ApplicationExtension.class)
class NewPostWizardUiTest {

    @TempDir
    Path root;

    private final ExecutorService executor = TestPools.daemon(2, "test-worker");
    private Stage stage;
    private NewPostWizard wizard;

    @Start
    void start(Stage stage) {
        // The app's stylesheets use the theme's colour names; tests run with the light theme like the app.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void openWizard(FxRobot robot) throws Exception {
        SiteSession session = WizardSite.create(root);
        robot.interact(() -> {
            wizard = new NewPostWizard(
                    stage, new NewPostViewModel(session.site(), session.index(), WizardSite.CLOCK, executor));
            wizard.show(); // not showAndWait: that would block the FX thread in a nested loop
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

    private String field(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(TextField.class).getText());
    }

    private Button create(FxRobot robot) {
        return robot.lookup("#new-create").queryButton();
    }

    @Test
    void typingShowsTheFileAndUrlAndCreateWritesThePost(FxRobot robot) throws Exception {
        assertTrue(fx(() -> create(robot).isDisabled()), "nothing to create before a title");

        robot.clickOn("#new-title").write("Fresh Bread");
        assertEquals("fresh-bread", field(robot, "#new-slug"));
        waitUntil("the planned file shows", () -> text(robot, "#new-path").equals("src/data/blog/fresh-bread.md"));
        assertEquals("/posts/fresh-bread/", text(robot, "#new-url"));
        waitUntil(
                "the missing description is refused",
                () -> text(robot, "#new-refusals").startsWith("description is required"));
        assertTrue(fx(() -> create(robot).isDisabled()));

        robot.clickOn("#new-description").write("Flour, water, salt and a patient weekday evening.");
        assertEquals("49 / 160", text(robot, "#new-description-count"));
        waitUntil("Create is enabled", () -> !create(robot).isDisabled());
        assertFalse(fx(() -> robot.lookup("#new-refusals").queryAs(Label.class).isVisible()));

        robot.clickOn("#new-create");
        waitUntil("the dialog closed", () -> !wizard.isShowing());
        Path file =
                root.resolve("src/data/blog/fresh-bread.md").toAbsolutePath().normalize();
        assertEquals(file, fx(wizard::getResult));
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\n"), text);
        assertTrue(text.contains("\ntitle: Fresh Bread\n"), text);
        assertTrue(text.contains("\ndraft: true\n"), text);
    }

    @Test
    void takenSlugIsShownInRedAndTheGeneratedSlugComesBack(FxRobot robot) {
        robot.clickOn("#new-title").write("Existing post");
        waitUntil(
                "the taken file is refused",
                () -> text(robot, "#new-refusals").contains("src/data/blog/existing-post.md already exists"));

        robot.doubleClickOn("#new-slug").write("my-own");
        // A double click selects one word; whatever is left, the slug is now the writer's.
        assertTrue(fx(() -> wizard.viewModel().slugEditedProperty().get()));
        robot.clickOn("#new-slug-reset");
        assertEquals("existing-post", field(robot, "#new-slug"));

        robot.interact(() -> wizard.viewModel().slugProperty().set("different-post"));
        robot.clickOn("#new-description").write("Flour, water, salt and a patient weekday evening.");
        waitUntil(
                "the refusal is gone",
                () -> !robot.lookup("#new-refusals").queryAs(Label.class).isVisible());
        assertEquals("/posts/different-post/", text(robot, "#new-url"));
        assertFalse(fx(() -> create(robot).isDisabled()));
    }

    @Test
    void tagsAreSuggestedFromTheSiteAndRespelledToIt(FxRobot robot) {
        robot.clickOn("#new-tags").write("Bak");
        waitUntil(
                "a suggestion pops up",
                () -> robot.lookup("baking (1)").tryQuery().isPresent());
        robot.clickOn("baking (1)");
        assertEquals("baking, ", field(robot, "#new-tags"));

        robot.clickOn("#new-tags").write("Sourdough");
        assertEquals(
                List.of("baking", "sourdough"),
                fx(() -> List.copyOf(wizard.viewModel().tags())));
        assertTrue(text(robot, "#new-tag-notes").startsWith("Sourdough → sourdough"), text(robot, "#new-tag-notes"));
    }
}
