package dev.postwright.badinput;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.postwright.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/** An AstroPaper site in a temp folder and the command line run on it in-process, for the hostile-input suite. */
final class HostileSite {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final String FM = "---\ntitle: Hello there\npubDatetime: 2024-01-05\n"
            + "description: A description that is comfortably longer than fifty characters, okay.\n"
            + "tags: [notes]\n---\n";

    final Path root;
    final Path blog;

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    HostileSite(Path dir) throws IOException {
        root = dir.resolve("site");
        blog = Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        Files.createDirectories(root.resolve("public"));
    }

    Path post(String name, String text) throws IOException {
        Path p = blog.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /**
     * Runs the command line with a hang guard; whatever happens, no stack trace and no exception class name
     * reaches the writer.
     */
    static Run cli(Duration guard, String... args) {
        return assertTimeoutPreemptively(
                guard,
                () -> {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    int code = Cli.run(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
                    Run r = new Run(code, out.toString(), err.toString());
                    String shown = r.code() == 0 && args[0].equals("render") ? r.err() : r.all();
                    assertFalse(
                            shown.contains("\tat ")
                                    || shown.contains("Exception")
                                    || shown.contains("Error:")
                                    || shown.contains("java.lang")
                                    || shown.contains("StackOverflow"),
                            "no stack trace or exception name for " + Arrays.toString(args) + ":\n" + shown);
                    return r;
                },
                () -> "hang guard: " + Arrays.toString(args));
    }
}
