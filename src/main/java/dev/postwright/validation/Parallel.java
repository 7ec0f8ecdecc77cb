package dev.postwright.validation;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/** Maps a list in parallel on every core (the common pool has one thread fewer than there are cores). */
public final class Parallel {
    private Parallel() {}

    public static <T, R> List<R> map(List<T> items, Function<T, R> fn) {
        if (items.size() < 4) {
            return items.stream().map(fn).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return pool.submit(() -> items.parallelStream().map(fn).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
