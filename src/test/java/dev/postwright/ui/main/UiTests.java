package dev.postwright.ui.main;

import dev.postwright.TestPools;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** What the window's UI tests share: a worker pool like the app's, and waiting for a condition. */
final class UiTests {

    private UiTests() {}

    /** Two daemon workers, as the app uses; daemon so a test's leftover work never keeps the JVM alive. */
    static ExecutorService workers() {
        return TestPools.daemon(2, "test-worker");
    }

    /** Waits up to {@code seconds} for the condition, failing the test with a clear message otherwise. */
    static void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + seconds + " s", e);
        }
    }
}
