package dev.postwright.validation.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.CheckResult;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body rules on the sample site find exactly the planted problems of EXPECTED-PROBLEMS.md rows 7–20. */
class SampleSiteBodyRulesTest {

    private static final Set<String> MY_RULES = Set.of(
            "link.broken",
            "link.post-missing",
            "link.anchor",
            "link.reference-undefined",
            "link.empty",
            "image.missing",
            "image.alt-missing",
            "image.remote",
            "text.mojibake",
            "html.script",
            "html.iframe",
            "heading.empty-section");

    @Test
    void reportsExactlyThePlantedBodyProblems(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("sample-site");
        dev.postwright.TestSites.copy(Path.of("assets/sample-site"), root);
        Site site = SiteDetector.detect(root, Optional.empty());
        Clock clock = TestClocks.JUNE_2026_NOON;
        CheckResult result = new SiteChecker(site, new MarkdownEngine(), clock).check(List.of());

        List<String> actual = result.problems().stream()
                .filter(p -> MY_RULES.contains(p.rule()))
                .map(p -> site.relativize(p.file()) + ":" + p.line() + ":" + p.column() + " "
                        + p.severity().id() + " " + p.rule())
                .sorted()
                .toList();
        String post = "src/data/blog/deliberate-problems.md:";
        List<String> expected = Stream.of(
                        post + "20:26 error link.broken",
                        post + "22:33 error link.post-missing",
                        post + "24:49 error link.anchor",
                        post + "26:40 error link.reference-undefined",
                        post + "28:16 warning link.empty",
                        post + "32:1 error image.missing",
                        post + "34:1 warning image.alt-missing",
                        post + "36:1 info image.remote",
                        post + "40:30 warning text.mojibake",
                        post + "42:16 warning text.mojibake",
                        post + "42:39 warning text.mojibake",
                        post + "46:1 warning html.script",
                        post + "48:1 info html.iframe",
                        post + "50:1 info heading.empty-section")
                .sorted()
                .toList();
        assertEquals(expected, actual);
    }
}
