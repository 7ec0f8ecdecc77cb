package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.frontmatter.FrontmatterDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hugo's {@code [permalinks]} in hugo.toml and the {@code url} field set post URLs. */
class HugoPermalinksTest {

    @TempDir
    Path tmp;

    private static final String POST = "---\ntitle: \"Reading timetables: the last bus\"\ndate: 2024-11-03\n%s---\n";

    private String urlOf(String config, String rel, String extra) throws IOException {
        Files.writeString(tmp.resolve("hugo.toml"), "title = \"t\"\n" + config);
        Path post = tmp.resolve("content").resolve(rel);
        Files.createDirectories(post.getParent());
        Files.writeString(post, POST.formatted(extra));
        Site site = SiteDetector.detect(tmp, Optional.empty());
        FrontmatterDocument fm = FrontmatterDocument.parse(Files.readString(post), site.dialect());
        return PostSummaries.of(site, post, fm, List.of()).url();
    }

    @ParameterizedTest(name = "[permalinks] posts = {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/:year/:month/:title/| posts/timetables.md| ''| /2024/11/reading-timetables-the-last-bus/",
                "/:year/:month/:title/| posts/timetables.md| 'slug: short\n'| /2024/11/reading-timetables-the-last-bus/",
                "/:year/:slug/| posts/timetables.md| 'slug: short\n'| /2024/short/",
                "/:year/:slug/| posts/timetables.md| ''| /2024/reading-timetables-the-last-bus/",
                ":section/:slugorfilename/| posts/timetables.md| ''| /posts/timetables/",
                "/:year/:filename/| posts/night-train/index.md| ''| /2024/night-train/",
                "/:year/:title/| notes/timetables.md| ''| /notes/timetables/",
                "/:weekdayname/:title/| posts/timetables.md| ''| /posts/timetables/"
            })
    void permalinksTableShapesTheSectionsUrls(String pattern, String rel, String extra, String url) throws IOException {
        assertEquals(
                url, urlOf("\n[permalinks]\n  posts = \"" + pattern + "\"\n\n[params]\n  x = \"/:y/\"\n", rel, extra));
    }

    @Test
    void newerPermalinksPageTableIsRead() throws IOException {
        assertEquals(
                "/2024/reading-timetables-the-last-bus/",
                urlOf("[permalinks.page]\n  posts = '/:year/:title/'  # comment\n", "posts/t.md", ""));
    }

    @Test
    void urlFieldReplacesTheWholeUrl() throws IOException {
        assertEquals("/custom/path/", urlOf("", "posts/t.md", "url: custom/path/\n"));
    }

    @Test
    void noPermalinksKeepsTheDefault() throws IOException {
        assertEquals("/posts/t/", urlOf("[params]\n  posts = \"/:year/\"\n", "posts/t.md", ""));
        assertEquals(Map.of(), SiteDetector.detect(tmp, Optional.empty()).sectionUrlPatterns());
    }
}
