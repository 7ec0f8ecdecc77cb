package dev.postwright.ui.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.rename.SampleSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
class SlugRenameDialogUiTest {

    private static final String OLD = "/posts/sourdough-starter/";
    private static final String NEW = "/posts/starter-basics/";

    @TempDir
    Path root;

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private Stage stage;
    private SlugRenameDialog dialog;

    @Start
    void start(Stage stage) {
        // The app's stylesheets use the theme's colour names; tests run with the light theme like the app.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void openDialog(FxRobot robot) throws Exception {
        SampleSite.copyTo(root);
        SiteSession session = SiteSession.open(root, new MarkdownEngine(), SampleSite.CLOCK);
        Path starter = post("sourdough-starter.md");
        robot.interact(() -> {
            dialog = SlugRenameDialog.open(
                    stage, new SlugRenameViewModel(session, starter, OLD, NEW, Map.of(), executor));
            dialog.show(); // not showAndWait: that would block the FX thread in a nested loop
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog.isShowing()) {
                dialog.close();
            }
        });
        executor.shutdownNow();
    }

    private Path post(String name) {
        return root.resolve(SampleSite.BLOG + name).toAbsolutePath().normalize();
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

    private List<CheckBox> fileBoxes(FxRobot robot) {
        VBox list = robot.lookup("#rename-list").queryAs(VBox.class);
        return list.lookupAll(".pw-rename-file").stream()
                .map(CheckBox.class::cast)
                .toList();
    }

    @Test
    void listShowsTheLinkingPostsAndApplyWritesTheTickedOnesAndTheRedirect(FxRobot robot) throws Exception {
        waitUntil("the plan is listed", () -> fileBoxes(robot).size() == 4);
        List<String> labels =
                fx(() -> fileBoxes(robot).stream().map(CheckBox::getText).toList());
        assertEquals("src/data/blog/deliberate-problems.md  (1 link)", labels.get(0));
        assertEquals("src/data/blog/open-crumb-loaf.md  (2 links)", labels.get(1));
        assertTrue(fx(() -> fileBoxes(robot).stream().allMatch(CheckBox::isSelected)), "all ticked by default");
        assertTrue(fx(() -> robot.lookup("#rename-list").queryAs(Node.class).lookupAll(".pw-rename-after").stream()
                .anyMatch(n -> ((Label) n)
                        .getText()
                        .contains("[feeding schedule](/posts/starter-basics/#feeding-schedule)"))));
        CheckBox redirect = robot.lookup("#rename-redirect").queryAs(CheckBox.class);
        assertTrue(fx(redirect::isVisible));
        assertEquals(
                "Add a redirect from /posts/sourdough-starter/ to /posts/starter-basics/ in astro.config.mjs",
                fx(redirect::getText));

        Path welcome = post("welcome-to-field-notes.md");
        String welcomeBefore = Files.readString(welcome);
        CheckBox welcomeBox = fx(() -> fileBoxes(robot).stream()
                .filter(b -> b.getText().startsWith("src/data/blog/welcome"))
                .findFirst()
                .orElseThrow());
        // By keyboard: with the theme's padding the box can sit below the dialog's visible area.
        robot.interact(welcomeBox::requestFocus);
        robot.type(KeyCode.SPACE);
        assertFalse(fx(welcomeBox::isSelected));

        robot.clickOn("#rename-apply");
        waitUntil("the dialog closed", () -> !dialog.isShowing());

        SlugRenameViewModel.Outcome outcome = fx(dialog::getResult);
        assertTrue(outcome.clean(), outcome.summary());
        assertEquals(3, outcome.result().written().size());
        assertTrue(Files.readString(post("open-crumb-loaf.md")).contains("(/posts/starter-basics/#feeding-schedule)"));
        assertTrue(Files.readString(post("winter-rye-plans.md")).contains("(/posts/starter-basics/#why-keep"));
        assertEquals(welcomeBefore, Files.readString(welcome), "unticked: left alone");
        assertTrue(Files.readString(root.resolve("astro.config.mjs"))
                .contains("redirects: { \"/posts/sourdough-starter/\": \"/posts/starter-basics/\" },"));
    }

    @Test
    void skipClosesWithoutWriting(FxRobot robot) throws Exception {
        waitUntil("the plan is listed", () -> fileBoxes(robot).size() == 4);
        String config = Files.readString(root.resolve("astro.config.mjs"));
        Button skip = robot.lookup("#rename-skip").queryButton();
        robot.clickOn(skip);
        waitUntil("the dialog closed", () -> !dialog.isShowing());
        assertNull(fx(dialog::getResult));
        assertTrue(Files.readString(post("open-crumb-loaf.md")).contains(OLD));
        assertEquals(config, Files.readString(root.resolve("astro.config.mjs")));
    }
}
