package dev.postwright.render;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a parse or render again on a thread with a large stack when it overflows the caller's: flexmark builds,
 * walks and renders its tree recursively, so 50,000 nested {@code >} or emphasis markers need a deep stack
 * (linear in the nesting, which is fine) rather than a smaller input. The stack is reserved, not committed, so
 * the retry costs memory only as deep as the post really is.
 */
public final class DeepStack {

    /** Enough for about a million nested frames of flexmark's visitors. */
    static final long STACK_BYTES = 1L << 30;

    private DeepStack() {}

    /** Thrown when even the deep stack overflows: the caller reports the post, never the error's class. */
    public static final class TooDeepException extends RuntimeException {
        TooDeepException() {
            super(
                    "the text is nested too deeply to be read (tens of thousands of >, list levels, [ or * "
                            + "inside one another). Break the nesting up.",
                    null,
                    false,
                    false);
        }
    }

    /** Calls {@code work} here; if it overflows the stack, once more on a deep-stack thread. */
    public static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (StackOverflowError e) {
            return onDeepThread(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static <T> T onDeepThread(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.call());
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "postwright-deep-parse",
                STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a deeply nested post", e);
        }
        Throwable t = failure.get();
        if (t instanceof StackOverflowError) {
            throw new TooDeepException();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t.getMessage(), t);
        }
        return result.get();
    }
}
