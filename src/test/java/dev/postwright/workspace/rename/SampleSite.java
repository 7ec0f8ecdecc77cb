package dev.postwright.workspace.rename;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

/** A temp copy of {@code assets/sample-site} for tests that write. */
public final class SampleSite {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneId.of("UTC"));
    public static final String BLOG = "src/data/blog/";

    private SampleSite() {
    }

    public static void copyTo(Path target) throws IOException {
        Path src = Path.of("assets/sample-site");
        try (Stream<Path> files = Files.walk(src)) {
            files.forEach(p -> {
                try {
                    Path to = target.resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
