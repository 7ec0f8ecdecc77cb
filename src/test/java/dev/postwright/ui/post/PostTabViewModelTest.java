package dev.postwright.ui.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** When a tab analyses what the writer types: once the text rests, and at least every so often while it does not. */
@ExtendWith(ApplicationExtension.class)
class PostTabViewModelTest {
    private static final Clock CLOCK = TestClocks.MARCH_2026;

    @TempDir
    Path dir;

    private ExecutorService pool;
    /** Every analysis the tab starts goes through here. */
    private final AtomicInteger started = new AtomicInteger();

    private final List<String> analysed = new CopyOnWriteArrayList<>();
    private PostTabViewModel vm;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "test-worker");
            t.setDaemon(true);
            return t;
        });
        Executor counting = r -> {
            started.incrementAndGet();
            pool.execute(r);
        };
        Path root = TestSites.copySampleSite(dir.resolve("site"));
        SiteSession session = SiteSession.open(root, new MarkdownEngine(), CLOCK);
        vm = PostTabViewModel.load(root.resolve("src/data/blog/tiny-tools-for-notes.md"), session, counting)
                .get(30, TimeUnit.SECONDS);
        robot.interact(() ->
                vm.setOnAnalysed(v -> analysed.add(v.analysisProperty().get().text())));
        started.set(0);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
    }

    @Test
    void aBurstOfChangesIsAnalysedOnceWhenTheTextRests(FxRobot robot) throws Exception {
        String base = vm.getText();
        int[] startedWhileTyping = new int[1];
        robot.interact(() -> {
            vm.setText(base + "\none");
            vm.setText(base + "\none two");
            vm.setText(base + "\none two three");
            startedWhileTyping[0] = started.get();
        });
        assertEquals(0, startedWhileTyping[0], "nothing is analysed while the text is still changing");
        assertEquals(base + "\none two three", vm.getText(), "the tab's text itself follows at once");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !analysed.isEmpty());
        Thread.sleep(5 * PostTabViewModel.ANALYSIS_QUIET_MILLIS); // nothing else is on its way
        assertEquals(List.of(base + "\none two three"), analysed);
        assertEquals(1, started.get());
    }

    @Test
    void aWriterWhoNeverPausesStillSeesAnalyses(FxRobot robot) throws Exception {
        String base = vm.getText();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * PostTabViewModel.ANALYSIS_MAX_WAIT_MILLIS);
        int key = 0;
        while (System.nanoTime() < end) { // keys closer together than the quiet period, for well over the max wait
            String text = base + "x".repeat(++key);
            robot.interact(() -> vm.setText(text));
            Thread.sleep(PostTabViewModel.ANALYSIS_QUIET_MILLIS / 4);
        }
        int whileTyping = started.get();
        assertTrue(whileTyping >= 1, "analysed while the writer kept typing: " + whileTyping);
        String last = base + "x".repeat(key);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !analysed.isEmpty() && analysed.get(analysed.size() - 1).equals(last));
    }
}
