package dev.postwright.workspace.rename;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A temp copy of {@code assets/sample-site} for tests that write. */
public final class SampleSite {

    public static final Clock CLOCK = TestClocks.MARCH_2026;
    public static final String BLOG = "src/data/blog/";

    private SampleSite() {}

    public static void copyTo(Path target) throws IOException {
        TestSites.copySampleSite(target);
    }
}
