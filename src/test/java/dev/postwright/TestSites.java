package dev.postwright;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the bundled sites for tests that change files (the bundled ones stay pristine). */
public final class TestSites {

    private TestSites() {}

    /** Copies {@code assets/sample-site} (tests run from the project root) to {@code to}. */
    public static Path copySampleSite(Path to) throws IOException {
        return copy(Path.of("assets/sample-site"), to);
    }

    /** Copies a folder tree; {@code options} apply to each file ({@code COPY_ATTRIBUTES} keeps the times). */
    public static Path copy(Path from, Path to, CopyOption... options) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, options);
                }
            }
        }
        return to;
    }
}
