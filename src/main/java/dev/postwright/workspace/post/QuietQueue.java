package dev.postwright.workspace.post;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs work on the newest of a stream of values once they rest: a value is worked on when no newer one came for
 * the quiet period, or at the latest the maximum wait after the oldest one not yet worked on. One run at a time,
 * on the background executor; values offered while one runs collapse into a single next run of the newest, so a
 * fast writer never queues stale work on the shared pool. The work handles its own failures.
 */
final class QuietQueue<T> {
    private final Executor background;
    private final Executor afterQuiet;
    private final long maxWaitNanos;
    private final Consumer<T> work;
    private final AtomicReference<T> pending = new AtomicReference<>();
    /** Counts the offers: a wait that a later offer overtook starts nothing. */
    private final AtomicLong offers = new AtomicLong();
    /** When the oldest value not yet being worked on was offered (nanoTime), or 0. */
    private final AtomicLong pendingSince = new AtomicLong();

    private final AtomicBoolean running = new AtomicBoolean();

    QuietQueue(Executor background, long quietMillis, long maxWaitMillis, Consumer<T> work) {
        this.background = background;
        this.afterQuiet = CompletableFuture.delayedExecutor(quietMillis, TimeUnit.MILLISECONDS, Runnable::run);
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
        this.work = work;
    }

    void offer(T value) {
        long offer = offers.incrementAndGet();
        pending.set(value);
        long now = System.nanoTime();
        pendingSince.compareAndSet(0, now);
        if (now - pendingSince.get() >= maxWaitNanos) {
            start();
        } else {
            afterQuiet.execute(() -> {
                if (offers.get() == offer) { // a later offer has its own wait
                    start();
                }
            });
        }
    }

    private void start() {
        if (running.compareAndSet(false, true)) {
            try {
                background.execute(this::drain);
            } catch (RejectedExecutionException closing) {
                running.set(false); // the window is closing: its pool is shut down
            }
        }
    }

    private void drain() {
        while (true) {
            pendingSince.set(0);
            T next = pending.getAndSet(null);
            if (next == null) {
                running.set(false);
                // a value may have arrived between the read and the reset
                if (pending.get() == null || !running.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            work.accept(next);
        }
    }
}
