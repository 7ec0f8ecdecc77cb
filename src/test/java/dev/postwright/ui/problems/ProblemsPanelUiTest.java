package dev.postwright.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestPools;
import dev.postwright.ui.theme.Themes;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole site's problems of a large site: gathered and counted off the FX thread, shown in a virtual table. */
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelUiTest {

    private final ExecutorService background = TestPools.daemon(2, "test-worker");
    private final ObservableList<Problem> postProblems = FXCollections.observableArrayList();
    private final List<Problem> siteProblems = manyProblems(6_000);
    private final AtomicReference<String> gatheredOn = new AtomicReference<>();
    private final AtomicInteger gathered = new AtomicInteger();
    private ProblemsPanel panel;

    /** Problems of 800 posts, in no particular order, as a site's index hands them over. */
    private static List<Problem> manyProblems(int n) {
        Random r = new Random(23);
        Severity[] severities = Severity.values();
        List<Problem> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Problem(
                    Path.of("/site/src/data/blog/post-" + r.nextInt(800) + ".md"),
                    1 + r.nextInt(300),
                    1 + r.nextInt(80),
                    severities[r.nextInt(severities.length)],
                    "link.broken",
                    "The link goes to a post that does not exist.",
                    Optional.empty()));
        }
        return list;
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        postProblems.add(siteProblems.get(0));
        panel = new ProblemsPanel(
                postProblems,
                () -> {
                    gatheredOn.set(Thread.currentThread().getName());
                    gathered.incrementAndGet();
                    return siteProblems;
                },
                p -> p.file().getFileName().toString(),
                p -> {},
                p -> {},
                background);
        stage.setScene(new Scene(panel, 900, 400));
        stage.show();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
    }

    private String summary(FxRobot robot) {
        return robot.from(panel).lookup(".pw-muted").queryAs(Label.class).getText();
    }

    @Test
    void thousandsOfProblemsAreGatheredOffTheFxThreadGroupedByFileAndShownInAFewRows(FxRobot robot) {
        assertEquals(1, panel.table().getItems().size(), "the post's own problems first");
        assertEquals(0, gathered.get(), "the site's are gathered only when asked for");

        robot.clickOn("#problems-whole-site");
        waitUntil(() -> panel.table().getItems().size() == siteProblems.size());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(gatheredOn.get().contains("JavaFX Application Thread"), gatheredOn.get());
        long errors = siteProblems.stream()
                .filter(p -> p.severity() == Severity.ERROR)
                .count();
        long warnings = siteProblems.stream()
                .filter(p -> p.severity() == Severity.WARNING)
                .count();
        assertEquals(ProblemsPanel.summary(errors, warnings, siteProblems.size() - errors - warnings), summary(robot));
        List<Problem> expected = new ArrayList<>(siteProblems);
        expected.sort(Comparator.comparing((Problem p) -> p.file().toString())
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        assertEquals(expected, List.copyOf(panel.table().getItems()));
        int rows = robot.from(panel.table())
                .lookup((Node n) -> n instanceof TableRow)
                .queryAll()
                .size();
        assertTrue(rows > 0 && rows < 100, "the table builds only the rows on screen, not " + rows);

        robot.clickOn("#problems-whole-site");
        waitUntil(() -> panel.table().getItems() == postProblems);
        assertEquals(
                ProblemsPanel.summary(
                        siteProblems.get(0).severity() == Severity.ERROR ? 1 : 0,
                        siteProblems.get(0).severity() == Severity.WARNING ? 1 : 0,
                        siteProblems.get(0).severity() == Severity.INFO ? 1 : 0),
                summary(robot));
    }

    @Test
    void goingBackToThePostBeforeTheSiteIsGatheredKeepsThePostsProblems(FxRobot robot) throws Exception {
        robot.interact(() -> {
            panel.showWholeSite();
            panel.showPostProblems(); // before the gathering comes back
        });
        waitUntil(() -> gathered.get() == 1);
        background.submit(() -> {}).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> {});
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.table().getItems() == postProblems, "the late answer did not replace the post's problems");
    }
}
