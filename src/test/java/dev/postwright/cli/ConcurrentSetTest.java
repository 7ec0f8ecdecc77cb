package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue #18 item 1: {@code set} never loses a concurrent writer's bytes. A real second writer appends lines to the
 * post (open, append, close, as {@code echo >>} does) while {@code set} reads, validates (slowed on purpose
 * through the validator seam) and writes; every appended line must be in the file afterwards, in every run.
 */
class ConcurrentSetTest {

    private static final String POST = "---\ntitle: Hello there\npubDatetime: 2024-01-05\n"
            + "description: A description that is comfortably longer than fifty characters, okay.\n"
            + "tags: [notes]\n---\n\nBody.\n";

    @TempDir
    Path tmp;

    Path post;

    @BeforeEach
    void site() throws IOException {
        Path root = tmp.resolve("site");
        Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        post = root.resolve("src/data/blog/post.md");
        Files.writeString(post, POST);
    }

    /** Runs {@code set} with validation that first runs {@code duringValidation} and sleeps. */
    private CliRun set(Runnable duringValidation, long sleepMillis, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SetCommand(index -> {
            duringValidation.run();
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Validator.standard(index, CliRun.CLOCK);
        }));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private void append(String line) {
        try {
            Files.writeString(post, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLineAppendedWhileSetValidatesIsKeptAndSetRefuses() throws IOException {
        AtomicBoolean once = new AtomicBoolean();
        CliRun run = set(
                () -> {
                    if (once.compareAndSet(false, true)) {
                        append("written by another program");
                    }
                },
                0,
                post.toString(),
                "title=Changed");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("another program changed it"), run.err());
        assertTrue(run.err().contains("Nothing was written"), run.err());
        assertEquals(POST + "written by another program\n", Files.readString(post), "file untouched by set");
    }

    @Test
    void withNobodyElseWritingSetWrites() throws IOException {
        CliRun run = set(() -> {}, 0, post.toString(), "title=Changed");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(post).contains("title: Changed"));
    }

    @Test
    @Timeout(120)
    void noAppendedLineIsEverLostOverManyRuns() throws Exception {
        int runs = 25;
        int refused = 0;
        for (int r = 0; r < runs; r++) {
            Files.writeString(post, POST);
            AtomicInteger written = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(1);
            int run = r;
            Thread appender = new Thread(() -> {
                started.countDown();
                while (!stop.get()) {
                    append("run " + run + " line " + written.getAndIncrement());
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            appender.start();
            started.await();
            // Alternate slow and fast validation, so some runs race the appender's very last lines too.
            CliRun result = set(() -> {}, r % 2 == 0 ? 80 : 0, post.toString(), "title=Run " + r);
            stop.set(true);
            appender.join(Duration.ofSeconds(10).toMillis());
            assertFalse(appender.isAlive());
            String text = Files.readString(post);
            for (int i = 0; i < written.get(); i++) {
                assertTrue(
                        text.contains("run " + r + " line " + i + "\n"),
                        "run " + r + ": line " + i + " of " + written.get() + " lost; set said: " + result.err());
            }
            assertTrue(result.code() == 0 || result.code() == 1, result.err());
            if (result.code() == 1) {
                refused++;
                assertTrue(result.err().contains("another program changed it"), result.err());
            } else {
                assertTrue(text.contains("title: Run " + r), "a successful set wrote its change");
            }
        }
        assertTrue(refused > 0, "the appender raced set at least once (else the test proves nothing)");
    }
}
