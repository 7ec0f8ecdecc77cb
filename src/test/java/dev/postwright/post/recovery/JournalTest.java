package dev.postwright.post.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path tmp;

    private static final String UNSAVED = "---\ntitle: Café ☕ = \"x\"\n---\nline one\nend=1\n\u0000odd\n";

    @Test
    void recordPendingAndClear() throws Exception {
        Path post = tmp.resolve("a b/é.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "on disk\n");
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        Journal journal = new Journal(tmp.resolve("data"), clock);
        journal.record(post, UNSAVED, "on disk\n");
        List<JournalEntry> entries = journal.pending();
        assertEquals(1, entries.size());
        JournalEntry e = entries.get(0);
        assertEquals(post.toAbsolutePath().normalize(), e.file());
        assertEquals(UNSAVED, e.unsavedText());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), e.recorded());
        assertFalse(e.diskChanged());

        Files.writeString(post, "changed by another editor\n");
        assertTrue(journal.pending().get(0).diskChanged());

        journal.record(post, "newer", "changed by another editor\n");
        assertEquals(1, journal.pending().size(), "one entry per file");
        assertEquals("newer", journal.pending().get(0).unsavedText());

        journal.clear(post);
        assertTrue(journal.pending().isEmpty());
    }

    @Test
    void deletedFileCountsAsChangedAndHalfWrittenEntriesAreSkipped() throws Exception {
        Path post = tmp.resolve("gone.md");
        Files.writeString(post, "x");
        Journal journal = new Journal(tmp.resolve("data"));
        journal.record(post, "mine", "x");
        Files.delete(post);
        assertTrue(journal.pending().get(0).diskChanged());
        Files.writeString(tmp.resolve("data/journal/broken.journal"), "version=1\nfile=abc\n");
        assertEquals(1, journal.pending().size());
    }

    @Test
    void recoveryOfferShowsDiffFromDiskToUnsaved() throws Exception {
        Path post = tmp.resolve("p.md");
        Files.writeString(post, "a\nb\nc\n");
        Journal journal = new Journal(tmp.resolve("data"));
        journal.record(post, "a\nB\nc\nd\n", "a\nb\nc\n");
        RecoveryOffer offer = RecoveryOffer.of(journal.pending().get(0));
        assertEquals("--- a/p.md\n+++ b/p.md\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n", offer.diff());
        assertFalse(offer.alreadySaved());
    }

    @Test
    void entrySurvivesKillMinusNine() throws Exception {
        assertSurvives(false);
    }

    @Test
    void entrySurvivesHalt() throws Exception {
        assertSurvives(true);
    }

    private void assertSurvives(boolean halt) throws Exception {
        Path data = tmp.resolve("data");
        Path post = tmp.resolve("post.md");
        Files.writeString(post, "disk\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-cp",
                cp,
                JournalChild.class.getName(),
                data.toString(),
                post.toString(),
                UNSAVED.replace("\u0000", ""),
                "disk\n",
                halt ? "halt" : "wait");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            assertEquals("recorded", line, "child output");
            if (!halt) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            }
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(137, p.exitValue(), "halted with 137, or killed by SIGKILL (128 + 9)");
        List<JournalEntry> entries = new Journal(data).pending();
        assertEquals(1, entries.size());
        assertEquals(UNSAVED.replace("\u0000", ""), entries.get(0).unsavedText());
        assertFalse(entries.get(0).diskChanged());
    }
}
