package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postwright render}: a self-contained page with images inlined and no scripts. */
class RenderCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesASelfContainedPageOfTheSamplePost() throws IOException {
        Path post = Path.of("assets/sample-site/src/data/blog/sourdough-starter.md");
        Path out = tmp.resolve("out/starter.html");
        CliRun run = CliRun.run("render", post.toString(), "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<h1 class=\"pw-title\">Sourdough starter"), "header with the title");
        assertTrue(html.contains("src=\"data:image/png;base64,"), "site-root PNG inlined");
        assertTrue(html.contains("src=\"data:image/jpeg;base64,"), "relative JPEG inlined");
        assertFalse(html.contains("src=\"file:"), "no file URLs left");
        assertTrue(html.contains("id=\"feeding-schedule\""), "heading ids as the site makes them");
    }

    @Test
    void removesScriptsAndShowsPlaceholdersToStandardOutput() {
        CliRun run = CliRun.run("render", "assets/sample-site/src/data/blog/deliberate-problems.md");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().toLowerCase().contains("<script"), "scripts removed");
        assertTrue(run.out().contains("pw-placeholder"), "iframe placeholder");
        assertTrue(run.out().contains("Draft"), "draft banner");
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.run("render", tmp.resolve("nope.md").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("nope.md"), run.err());
    }
}
