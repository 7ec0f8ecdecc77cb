package dev.postwright.bench;

import java.util.concurrent.Executor;
import java.lang.reflect.Method;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Headless JavaFX (Monocle) start-up and FX-thread helpers for the UI harnesses. */
final class Fx {

    private Fx() {
    }

    /** The same system properties as the surefire config in pom.xml, unless set on the command line. */
    static void headlessProperties() {
        setDefault("glass.platform", "Monocle");
        setDefault("monocle.platform", "Headless");
        setDefault("prism.order", "sw");
        setDefault("prism.text", "t2k");
        setDefault("java.awt.headless", "true");
        setDefault("testfx.headless", "true");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static void start() throws InterruptedException {
        headlessProperties();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
    }

    /**
     * Runs {@code r} on JavaFX's render thread after the paint jobs already queued there (QuantumRenderer is a
     * one-thread executor; internal API, reached by reflection because there is no public "frame painted" hook).
     */
    static void afterRender(Runnable r) {
        try {
            Method m = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer")
                    .getDeclaredMethod("getInstance");
            m.setAccessible(true);
            ((Executor) m.invoke(null)).execute(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no render thread to queue on", e);
        }
    }

    static <T> T call(Supplier<T> s) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until true (or throws after {@code seconds}). */
    static void await(BooleanSupplier condition, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }

    static String stats(String what, List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) {
            return what + ": no samples";
        }
        return String.format(Locale.ROOT, "%s: n=%d median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms", what,
                a.length, pct(a, 50), pct(a, 95), a[0], a[a.length - 1]);
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double[] sorted(List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
