package dev.postwright.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestPools;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs without a window; only needs the FX toolkit for runLater and the debounce timer. */
class PreviewViewModelTest {
    private static final PreviewRenderer RENDERER = new PreviewRenderer(new MarkdownEngine(), new PageTemplate());

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final AtomicInteger renders = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // idempotent, unlike Platform.startup
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static PreviewRequest body(String text) {
        return new PreviewRequest(null, text, 1, 0, PreviewRendererTest.OPTIONS);
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
    }

    @Test
    void rapidRequestsEndWithTheLastOne() throws Exception {
        PreviewViewModel vm = fx(() -> new PreviewViewModel(RENDERER, executor));
        fx(() -> {
            for (int i = 0; i < 20; i++) {
                vm.request(body("version " + i));
            }
            return null;
        });
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> vm.getContent().bodyHtml().contains("version 19"));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertTrue(vm.getContent().bodyHtml().contains("version 19"));
        assertEquals(1, (int) fx(() -> vm.renderCountProperty().get()), "one burst, one render");
    }

    @Test
    void staleResultsAreDropped() throws Exception {
        // Two worker threads; the first request's render starts, then stalls until after the second is shown.
        CountDownLatch oldStarted = new CountDownLatch(1);
        ExecutorService pool = TestPools.daemon(2, "test-worker");
        try {
            Function<PreviewRequest, PreviewContent> slowFirst = r -> {
                if (r.body().contains("old")) {
                    oldStarted.countDown();
                    sleep(400);
                }
                renders.incrementAndGet();
                return RENDERER.render(r);
            };
            PreviewViewModel vm = fx(() -> new PreviewViewModel(slowFirst, pool, PreviewViewModel.DEFAULT_DEBOUNCE));
            List<String> shown = new ArrayList<>();
            fx(() -> {
                vm.contentProperty().addListener((o, a, c) -> shown.add(c.bodyHtml()));
                vm.request(body("old"));
                vm.flush();
                return null;
            });
            assertTrue(oldStarted.await(5, TimeUnit.SECONDS));
            fx(() -> {
                vm.request(body("new"));
                vm.flush();
                return null;
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> renders.get() == 2);
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(
                    vm.getContent().bodyHtml().contains("new"), vm.getContent().bodyHtml());
            assertFalse(shown.stream().anyMatch(s -> s.contains("old")), shown.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void publishesOnTheFxThread() throws Exception {
        PreviewViewModel vm = fx(() -> new PreviewViewModel(RENDERER, executor));
        AtomicInteger offThread = new AtomicInteger();
        fx(() -> {
            vm.contentProperty().addListener((o, a, c) -> {
                if (!Platform.isFxApplicationThread()) {
                    offThread.incrementAndGet();
                }
            });
            vm.request(body("hello"));
            return null;
        });
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> vm.getContent().bodyHtml().contains("hello"));
        assertEquals(0, offThread.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
