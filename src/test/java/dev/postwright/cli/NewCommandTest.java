package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path tmp;

    Path site;

    @BeforeEach
    void copySite() {
        site = CliRun.sampleSite(tmp);
    }

    @Test
    void createsThePostAndPrintsPathAndUrl() throws IOException {
        CliRun r = CliRun.run(
                "new",
                "--site",
                site.toString(),
                "--title",
                "Scale By The Bay '23",
                "--tags",
                "talks,scala",
                "--draft",
                "--description",
                "Notes from the conference.");
        assertEquals(0, r.code(), r.err());
        Path file = site.resolve("src/data/blog/scale-by-the-bay-23.md").toAbsolutePath();
        assertEquals(file + "\n/posts/scale-by-the-bay-23/\n", r.out());
        assertEquals("""
                ---
                author: Ada Fieldwright
                pubDatetime: 2026-11-30T14:05:00+01:00
                title: Scale By The Bay '23
                featured: false
                draft: true
                tags: [talks, scala]
                description: Notes from the conference.
                ---

                """, Files.readString(file));
        assertEquals("true\n", CliRun.run("get", file.toString(), "draft").out());
    }

    @Test
    void dryRunPrintsTheFileAndWritesNothing() {
        CliRun r = CliRun.run("new", "--site", site.toString(), "--title", "Quiet", "--description", "d", "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("---\nauthor: Ada Fieldwright\n"), r.out());
        assertTrue(r.out().contains("title: Quiet\n"), r.out());
        assertFalse(Files.exists(site.resolve("src/data/blog/quiet.md")));
    }

    @Test
    void refusalsAreExitOne() {
        CliRun dup =
                CliRun.run("new", "--site", site.toString(), "--title", "Welcome to Field Notes", "--description", "d");
        assertEquals(1, dup.code());
        assertTrue(dup.err().contains("src/data/blog/welcome-to-field-notes.md already exists"), dup.err());
        CliRun noDescription = CliRun.run("new", "--site", site.toString(), "--title", "Another");
        assertEquals(1, noDescription.code());
        assertTrue(noDescription.err().contains("pass --description"), noDescription.err());
        assertFalse(Files.exists(site.resolve("src/data/blog/another.md")));
    }

    @Test
    void usageErrorsAreExitTwo() throws IOException {
        assertEquals(2, CliRun.run("new", "--site", site.toString()).code());
        assertEquals(
                2,
                CliRun.run("new", "--site", tmp.resolve("nowhere").toString(), "--title", "x")
                        .code());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun lone = CliRun.run("new", "--site", empty.toString(), "--title", "x", "--description", "d");
        assertEquals(2, lone.code());
        assertTrue(lone.err().contains("no site found"), lone.err());
        assertEquals(
                2,
                CliRun.run("new", "--site", site.toString(), "--title", "x", "--bogus")
                        .code());
    }
}
