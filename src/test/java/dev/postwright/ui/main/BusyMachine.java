package dev.postwright.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A machine that is busy elsewhere, for tests that type like a writer: background work (analysis, rendering, site
 * reading) that starts late and finishes out of step with the typing, and cores kept busy by other programs.
 */
final class BusyMachine implements AutoCloseable {

    private final ScheduledExecutorService workers;
    private final Random random;
    private final int minDelayMillis;
    private final int maxDelayMillis;
    private final AtomicBoolean hogging = new AtomicBoolean();
    private final List<Thread> hogs = new ArrayList<>();

    /** Background tasks each wait a seeded random 150-400 ms before they run, on two workers like the app's. */
    BusyMachine(long seed) {
        this(seed, 150, 400);
    }

    BusyMachine(long seed, int minDelayMillis, int maxDelayMillis) {
        this.random = new Random(seed);
        this.minDelayMillis = minDelayMillis;
        this.maxDelayMillis = maxDelayMillis;
        this.workers = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "slow-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The slow executor to hand the window as its background pool. */
    Executor background() {
        return task -> {
            int delay;
            synchronized (random) {
                delay = minDelayMillis + random.nextInt(maxDelayMillis - minDelayMillis + 1);
            }
            workers.schedule(task, delay, TimeUnit.MILLISECONDS);
        };
    }

    /** Keeps both cores busy, as an indexing laptop or a browser would, until {@link #close()}. */
    BusyMachine hogCores() {
        if (hogging.compareAndSet(false, true)) {
            for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                Thread hog = new Thread(
                        () -> {
                            long x = 0;
                            while (hogging.get()) {
                                x += Long.numberOfTrailingZeros(x + System.nanoTime());
                            }
                        },
                        "cpu-hog-" + i);
                hog.setDaemon(true);
                hog.start();
                hogs.add(hog);
            }
        }
        return this;
    }

    @Override
    public void close() {
        hogging.set(false);
        hogs.clear();
        // The workers are daemons and stay: a closed window's watcher may still hand them a task.
    }
}
