package dev.postwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Needs the FX toolkit for the timer, no window. */
class DebouncerTest {

    private final AtomicInteger runs = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aBurstRunsOnceAfterThePause() throws Exception {
        Debouncer d = fx(() -> new Debouncer(Duration.millis(80), runs::incrementAndGet));
        fx(() -> {
            for (int i = 0; i < 10; i++) {
                d.restart();
            }
            return null;
        });
        assertEquals(0, runs.get(), "nothing before the pause");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() == 1);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(1, runs.get());
        assertFalse(fx(d::isPending));
    }

    @Test
    void theMaximumWaitRunsItWhileTheWriterGoesOn() throws Exception {
        Debouncer d = fx(() -> new Debouncer(Duration.seconds(10), Duration.millis(50), runs::incrementAndGet));
        fx(() -> {
            d.restart();
            return null;
        });
        WaitForAsyncUtils.sleep(80, TimeUnit.MILLISECONDS);
        fx(() -> {
            d.restart(); // past the maximum wait: runs now, though the quiet period never ended
            return null;
        });
        assertEquals(1, runs.get());
        fx(() -> {
            d.cancel();
            return null;
        });
    }

    @Test
    void flushRunsAWaitingActionAndCancelForgetsIt() throws Exception {
        Debouncer d = fx(() -> new Debouncer(Duration.seconds(10), runs::incrementAndGet));
        fx(() -> {
            d.flush(); // nothing waits
            d.restart();
            assertTrue(d.isPending());
            d.flush();
            d.restart();
            d.cancel();
            return null;
        });
        assertEquals(1, runs.get());
        assertFalse(fx(d::isPending));
    }
}
