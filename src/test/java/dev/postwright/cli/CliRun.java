package dev.postwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

/** Runs the command line in-process with captured streams and a fixed clock. */
record CliRun(int code, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T13:05:00Z"), ZoneId.of("UTC"));

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** A copy of the bundled sample site in {@code dir}. */
    static Path sampleSite(Path dir) {
        Path from = Path.of("assets/sample-site").toAbsolutePath();
        Path to = dir.resolve("site");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
