package dev.postwright;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Worker pools for tests: daemon threads, so a test that forgets to shut one down cannot hang the build. */
public final class TestPools {

    private TestPools() {}

    /** {@code threads} daemon threads named {@code name}. */
    public static ExecutorService daemon(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
