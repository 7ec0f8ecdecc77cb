package dev.postwright.workspace.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuietQueueTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        pool.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met in 10 s");
            Thread.sleep(5);
        }
    }

    @Test
    void aBurstRunsOnceWithTheNewestValueAfterTheQuietPeriod() throws Exception {
        QuietQueue<String> queue = new QuietQueue<>(pool, 40, 10_000, done::add);
        queue.offer("a");
        queue.offer("ab");
        queue.offer("abc");
        assertEquals(List.of(), done, "nothing runs while values keep coming");
        await(() -> !done.isEmpty());
        Thread.sleep(200);
        assertEquals(List.of("abc"), done);
    }

    @Test
    void valuesOfferedDuringARunCollapseIntoOneNextRun() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        QuietQueue<String> queue = new QuietQueue<>(pool, 0, 10_000, value -> {
            done.add(value);
            if (value.equals("first")) {
                try {
                    release.await(10, TimeUnit.SECONDS); // a long analysis
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        queue.offer("first");
        await(() -> done.contains("first"));
        queue.offer("second");
        queue.offer("third");
        Thread.sleep(100); // their waits are over, but a run is still going
        release.countDown();
        await(() -> done.size() == 2);
        Thread.sleep(200);
        assertEquals(List.of("first", "third"), done);
    }

    @Test
    void valuesThatNeverRestStillRunAfterTheMaximumWait() throws Exception {
        QuietQueue<Integer> queue = new QuietQueue<>(pool, 10_000, 100, value -> done.add(String.valueOf(value)));
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
        int value = 0;
        while (System.nanoTime() < end) {
            queue.offer(++value);
            Thread.sleep(5);
        }
        assertTrue(!done.isEmpty(), "ran while values kept coming: " + done);
    }
}
