package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format json} on copies of the bundled Hugo and Jekyll sample sites reports exactly the problems
 * listed in their {@code EXPECTED-PROBLEMS.md}.
 */
class SampleSitesTest {

    private static final Clock CLOCK = TestClocks.JUNE_2026_NOON;

    /** One problem line of the JSON report: {@code "file":…,"line":…,"column":…,"severity":…,"rule":…}. */
    private static final Pattern PROBLEM = Pattern.compile(
            "\\{\"file\":\"([^\"]*)\",\"line\":(\\d+),\"column\":(\\d+),\"severity\":\"([a-z]+)\",\"rule\":\"([^\"]+)\"");

    @TempDir
    Path tmp;

    @Test
    void hugoSiteIsCleanTomlPostIncluded() {
        Path site = copy("assets/hugo-site");

        Report r = check(site);

        assertEquals(0, r.code, r.out + r.err);
        assertTrue(r.out.contains("\"preset\":\"hugo\""), r.out);
        assertTrue(r.out.contains("\"files\":6,"), r.out);
        // the TOML front matter post (+++) is checked like the others and is clean: see EXPECTED-PROBLEMS.md
        assertEquals(Set.of(), r.problems());
    }

    @Test
    void jekyllSiteIsClean() {
        Path site = copy("assets/jekyll-site");

        Report r = check(site);

        // Space-separated categories and tags (first-glaze-firing, trimming-tools) are valid Jekyll.
        assertEquals(0, r.code, r.out + r.err);
        assertTrue(r.out.contains("\"preset\":\"jekyll\""), r.out);
        assertTrue(r.out.contains("\"files\":4,"), r.out);
        assertEquals(Set.of(), r.problems());
    }

    /** The clean results above mean something: the same sites with one broken anchor and image are caught. */
    @Test
    void brokenAnchorAndImageInTheSampleSitesAreFound() throws IOException {
        Path hugo = copy("assets/hugo-site");
        replace(hugo.resolve("content/posts/night-train/index.md"), "#the-night-bag", "#the-nite-bag");
        replace(hugo.resolve("content/posts/night-train/index.md"), "(platform.png)", "(platfrom.png)");
        Set<String> hugoProblems = check(hugo).problems();
        assertTrue(
                hugoProblems.contains("content/posts/night-train/index.md:23:246 error link.anchor"),
                hugoProblems::toString);
        assertTrue(
                hugoProblems.contains("content/posts/night-train/index.md:17:1 error image.missing"),
                hugoProblems::toString);

        Path jekyll = copy("assets/jekyll-site");
        replace(jekyll.resolve("_posts/2024-05-11-trimming-tools.md"), "#test-tiles", "#test-tile");
        replace(jekyll.resolve("_posts/2024-03-09-centering-clay.md"), "wheel-bowl.png", "wheel-bowls.png");
        Set<String> jekyllProblems = check(jekyll).problems();
        assertTrue(
                jekyllProblems.contains("_posts/2024-05-11-trimming-tools.md:24:213 error link.anchor"),
                jekyllProblems::toString);
        assertTrue(
                jekyllProblems.contains("_posts/2024-03-09-centering-clay.md:22:1 error image.missing"),
                jekyllProblems::toString);
    }

    /**
     * The Hugo-only forms the sample relies on (custom heading id, generated pages, a bundle file by its
     * published URL) are accepted because they resolve, not because the links are skipped.
     */
    @Test
    void hugoOnlyFormsInTheSampleAreResolvedNotSkipped() throws IOException {
        Path hugo2 = copy("assets/hugo-site");
        Path year = hugo2.resolve("content/posts/a-year-of-slow-journeys.md");
        replace(year, "#leave-at-home)", "#leave-home)");
        replace(year, "/posts/night-train/platform.png", "/posts/night-train/platfrom.png");
        replace(year, "(/tags/trains/)", "(/tagz/trains/)");
        assertEquals(
                Set.of(
                        "content/posts/a-year-of-slow-journeys.md:33:74 error link.broken",
                        "content/posts/a-year-of-slow-journeys.md:33:203 error image.missing",
                        "content/posts/a-year-of-slow-journeys.md:33:332 error link.anchor"),
                check(hugo2).problems());
    }

    /** Likewise for Jekyll: a kramdown {#id}, a root page's permalink: and jekyll-feed's /feed.xml. */
    @Test
    void jekyllOnlyFormsInTheSampleAreResolvedNotSkipped() throws IOException {
        Path jekyll = copy("assets/jekyll-site");
        Path tools = jekyll.resolve("_posts/2024-05-11-trimming-tools.md");
        replace(tools, "(/about/)", "(/abuot/)");
        replace(tools, "(/feed.xml)", "(/feed.xm)");
        replace(tools, "(#sharpening)", "(#sharpen)");
        assertEquals(
                Set.of(
                        "_posts/2024-05-11-trimming-tools.md:28:114 error link.broken",
                        "_posts/2024-05-11-trimming-tools.md:28:166 error link.broken",
                        "_posts/2024-05-11-trimming-tools.md:28:192 error link.anchor"),
                check(jekyll).problems());
    }

    private record Report(int code, String out, String err) {
        /** "file:line:column severity rule" for every problem in the JSON report. */
        Set<String> problems() {
            Set<String> found = new TreeSet<>();
            Matcher m = PROBLEM.matcher(out);
            while (m.find()) {
                found.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3) + " " + m.group(4) + " " + m.group(5));
            }
            return found;
        }
    }

    private static Report check(Path site) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(
                CLOCK, new PrintWriter(out), new PrintWriter(err), "check", site.toString(), "--format", "json");
        return new Report(code, out.toString(), err.toString());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " does not contain " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** A copy of a bundled sample site (paths are relative to the project root, where tests run). */
    private Path copy(String siteDir) {
        Path from = Path.of(siteDir).toAbsolutePath();
        try {
            return dev.postwright.TestSites.copy(
                    from, tmp.resolve(from.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
