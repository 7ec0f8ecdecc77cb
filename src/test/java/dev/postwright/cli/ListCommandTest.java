package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postwright list} on the bundled sample sites, in its three formats. */
class ListCommandTest {

    @TempDir
    Path tmp;

    /** The TSV rows by file, each as column name → value. */
    static Map<String, Map<String, String>> tsvRows(String out) {
        List<String> lines = out.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        assertEquals(PostListing.COLUMNS, header);
        return lines.subList(1, lines.size()).stream()
                .map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(c -> c[0], c -> {
                    assertEquals(header.size(), c.length, String.join("|", c));
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < c.length; i++) {
                        row.put(header.get(i), c[i]);
                    }
                    return row;
                }));
    }

    @Test
    void astroSampleSiteListsEveryPostWithUrlStateTagsAndHeadings() throws IOException {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        CliRun run = CliRun.run("list", site.toString(), "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        Map<String, Map<String, String>> rows = tsvRows(run.out());
        assertEquals(11, rows.size(), run.out());
        Map<String, String> crumb = rows.get("src/data/blog/open-crumb-loaf.md");
        assertEquals("/posts/my-first-open-crumb/", crumb.get("url"));
        assertEquals("my-first-open-crumb", crumb.get("slug"));
        assertEquals("blog", crumb.get("collection"));
        assertEquals("bread,sourdough", crumb.get("tags"));
        assertEquals("published", crumb.get("state"));
        assertTrue(crumb.get("headingIds").contains("the-starter-was-ready-for-once"), crumb.get("headingIds"));
        assertEquals(
                "/posts/darkroom/developing-film-at-home/",
                rows.get("src/data/blog/darkroom/developing-film-at-home.md").get("url"));
        // the CLI clock is 2026-11-30: the rye post (2027-01-16) is scheduled, the demo post a draft
        assertEquals("scheduled", rows.get("src/data/blog/winter-rye-plans.md").get("state"));
        assertEquals("draft", rows.get("src/data/blog/deliberate-problems.md").get("state"));
        assertEquals(
                "2027-01-16T07:00+01:00",
                rows.get("src/data/blog/winter-rye-plans.md").get("pubDate"));
    }

    @Test
    void hugoSampleSiteUsesSlugsAndBundles() throws IOException {
        Path site = TestSites.copy(Path.of("assets/hugo-site"), tmp.resolve("hugo"));
        CliRun run = CliRun.run("list", site.toString(), "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        Map<String, Map<String, String>> rows = tsvRows(run.out());
        assertEquals(
                "/posts/reading-timetables/",
                rows.get("content/posts/timetables-and-connections.md").get("url"));
        assertEquals(
                "/posts/night-train/",
                rows.get("content/posts/night-train/index.md").get("url"));
        assertEquals("posts", rows.get("content/posts/night-train/index.md").get("collection"));
        assertEquals("draft", rows.get("content/posts/branch-lines-draft.md").get("state"));
    }

    @Test
    void jekyllSampleSiteAsTextAndJson() throws IOException {
        Path site = TestSites.copy(Path.of("assets/jekyll-site"), tmp.resolve("jekyll"));
        CliRun text = CliRun.run("list", site.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(
                text.out()
                        .contains("_posts/2024-03-09-centering-clay.md\n  url:      "
                                + "/pottery/basics/2024/03/09/centering-clay.html\n"),
                text.out());
        assertTrue(
                text.out().contains("  headings: #coning-up-and-down #hands-elbows-water #wedging-first\n"),
                text.out());
        CliRun json = CliRun.run("list", site.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().startsWith("{\"version\":1,\"root\":"), json.out());
        assertTrue(
                json.out()
                        .contains("{\"file\":\"_posts/2024-03-09-centering-clay.md\",\"collection\":\"posts\","
                                + "\"url\":\"/pottery/basics/2024/03/09/centering-clay.html\",\"slug\":\"centering-clay\","
                                + "\"title\":\"Centering clay, slowly\",\"pubDate\":\"2024-03-09T10:30Z\",\"modDate\":null,"
                                + "\"state\":\"published\",\"tags\":[\"throwing\",\"wheel\"],\"headingIds\":[\"coning-up-and-down\","
                                + "\"hands-elbows-water\",\"wedging-first\"]}"),
                json.out());
        long posts = json.out().lines().filter(l -> l.startsWith("{\"file\"")).count();
        assertEquals(
                tsvRows(CliRun.run("list", site.toString(), "--format", "tsv").out())
                        .size(),
                posts);
    }

    @Test
    void anUnreadablePostIsListedWithItsProblem() throws IOException {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Files.write(site.resolve("src/data/blog/binary.md"), png);
        CliRun run = CliRun.run("list", site.toString(), "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        Map<String, String> row = tsvRows(run.out()).get("src/data/blog/binary.md");
        assertEquals("", row.get("url"));
        assertTrue(row.get("problem").contains("binary.md"), row.get("problem"));
        assertTrue(!run.out().contains("Exception") && !run.err().contains("Exception"), run.out() + run.err());
        CliRun text = CliRun.run("list", site.toString());
        assertTrue(text.out().contains("src/data/blog/binary.md\n  not read: "), text.out());
    }

    @Test
    void aFolderListsOnlyItsPosts() throws IOException {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        CliRun run = CliRun.run("list", site.resolve("src/data/blog/darkroom").toString(), "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        assertEquals(
                List.of("src/data/blog/darkroom/developing-film-at-home.md"),
                List.copyOf(tsvRows(run.out()).keySet()));
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliRun run = CliRun.run("list", tmp.resolve("nowhere").toString());
        assertEquals(Cli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("does not exist"), run.err());
    }
}
