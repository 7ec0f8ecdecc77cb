package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.post.Backups;
import dev.postwright.workspace.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code set} with the standard rules: edits that add errors are refused, others write only their lines. */
class SetWithRealRulesTest {

    @TempDir
    Path tmp;

    private Path site() throws IOException {
        return dev.postwright.TestSites.copySampleSite(tmp.resolve("site"));
    }

    @Test
    void refusesASlugThatAnotherPostHas() throws IOException {
        Path post = site().resolve("src/data/blog/sourdough-starter.md");
        byte[] before = Files.readAllBytes(post);
        CliRun run = CliRun.run("set", post.toString(), "slug=welcome-to-field-notes");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("slug.duplicate"), run.err());
        assertArrayEquals(before, Files.readAllBytes(post));

        CliRun forced = CliRun.run("set", post.toString(), "slug=welcome-to-field-notes", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(post).contains("slug: welcome-to-field-notes"));
    }

    @Test
    void refusesAModDatetimeBeforeThePublicationDate() throws IOException {
        Path post = site().resolve("src/data/blog/welcome-to-field-notes.md");
        byte[] before = Files.readAllBytes(post);
        CliRun run = CliRun.run("set", post.toString(), "modDatetime=2020-01-01");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("date.order"), run.err());
        assertArrayEquals(before, Files.readAllBytes(post));
    }

    @Test
    void aCleanEditChangesOnlyItsLineAndKeepsTheOldVersionAsABackup() throws IOException {
        Path root = site();
        Path post = root.resolve("src/data/blog/welcome-to-field-notes.md");
        List<String> before = Files.readAllLines(post);
        byte[] original = Files.readAllBytes(post);
        CliRun run = CliRun.run("set", post.toString(), "title=Welcome to the notes");
        assertEquals(0, run.code(), run.err());
        List<String> after = Files.readAllLines(post);
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                assertTrue(after.get(i).startsWith("title: Welcome to the notes"), after.get(i));
            }
        }
        assertEquals(1, changed);
        Path backup = new Backups(AppPaths.fromEnvironment().dataDir())
                .backupOf(
                        root.toAbsolutePath().normalize(), post.toAbsolutePath().normalize())
                .orElseThrow();
        assertArrayEquals(original, Files.readAllBytes(backup));
    }
}
