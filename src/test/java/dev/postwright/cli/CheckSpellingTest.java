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

/** {@code check --spelling}: the rule is off without the option, fires with it, and obeys the site's config. */
class CheckSpellingTest {

    @TempDir
    Path site;

    @BeforeEach
    void jekyllSite() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: Test\n");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(
                site.resolve("_posts/2024-01-02-bread.md"),
                "---\ntitle: Bread\nlayout: post\n---\n"
                        + "The loaf was wonderfull.\n\n```\nnot checkd in code\n```\n\nSee https://exmaple.com/wrng too.\n");
    }

    @Test
    void spellingIsOffByDefault() {
        CliRun run = CliRun.run("check", site.toString(), "--format", "json");
        assertFalse(run.out().contains("spelling.unknown"), run.out());
    }

    @Test
    void spellingReportsUnknownWordsWithTheFirstSuggestionAsFix() {
        CliRun run = CliRun.run("check", site.toString(), "--format", "json", "--spelling");
        assertEquals(0, run.code(), run.err()); // info only: no errors
        assertTrue(
                run.out().contains("\"line\":5,\"column\":14,\"severity\":\"info\",\"rule\":\"spelling.unknown\""),
                run.out());
        assertTrue(run.out().contains("\"fix\":\"Change to 'wonderful'\""), run.out());
        assertFalse(run.out().contains("checkd"), "code is not prose");
        assertFalse(run.out().contains("exmaple"), "URLs are not prose");
    }

    @Test
    void aCleanPostIsSilentAndTheSiteDictionaryCounts() throws IOException {
        Files.createDirectories(site.resolve(".postwright"));
        Files.writeString(site.resolve(".postwright/dictionary.txt"), "wonderfull\n");
        CliRun run = CliRun.run("check", site.toString(), "--spelling");
        assertFalse(run.out().contains("spelling.unknown"), run.out());
    }

    @Test
    void theSiteCanMakeSpellingAnError() throws IOException {
        Files.writeString(site.resolve(".postwright.yml"), "rules:\n  spelling.unknown: error\n");
        CliRun run = CliRun.run("check", site.toString(), "--spelling");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("error spelling.unknown 'wonderfull'"), run.out());
    }

    @Test
    void aPostsOwnTitleDoesNotVouchForItsWordsButOtherTitlesDo() throws IOException {
        Files.writeString(
                site.resolve("_posts/2024-01-03-loaf.md"),
                "---\ntitle: The Brotform loaf\n---\n" + "My loaf is new.\n");
        Files.writeString(site.resolve("_posts/2024-01-04-again.md"), "---\ntitle: Again\n---\nA brotform again.\n");
        CliRun run = CliRun.run("check", site.toString(), "--spelling");
        assertTrue(run.out().contains("_posts/2024-01-03-loaf.md:2:12: info spelling.unknown 'Brotform'"), run.out());
        assertFalse(
                run.out().contains("2024-01-04-again.md"),
                "another post's title words are the site's own: " + run.out());
    }
}
