package dev.postwright.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.Problem;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample site's EXPECTED-PROBLEMS.md, restricted to the frontmatter rules. */
class SampleSiteRulesTest {

    @TempDir
    Path tmp;

    @Test
    void frontmatterProblemsMatchTheList() throws IOException {
        dev.postwright.TestSites.copy(Path.of("assets/sample-site"), tmp);
        Site site = SiteDetector.detect(tmp, Optional.empty());
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        List<Problem> problems = new SiteChecker(site, new MarkdownEngine(), clock)
                .check(List.of())
                .problems();
        TreeSet<String> got = new TreeSet<>();
        for (Problem p : problems) {
            if (TinySite.OUR_RULES.contains(p.rule())) {
                got.add(site.relativize(p.file()) + ":" + p.line() + ":" + p.column() + " "
                        + p.severity().id() + " " + p.rule());
            }
        }
        String demo = "src/data/blog/deliberate-problems.md";
        String rye = "src/data/blog/winter-rye-plans.md";
        TreeSet<String> expected = new TreeSet<>(List.of(
                demo + ":7:1 warning field.unknown",
                demo + ":8:7 error slug.duplicate",
                demo + ":10:14 error date.order",
                demo + ":12:8 warning tag.near-duplicate",
                demo + ":12:27 warning tag.duplicate",
                demo + ":13:14 warning description.length",
                rye + ":1:1 error slug.duplicate",
                rye + ":3:14 warning date.future"));
        assertEquals(String.join("\n", expected), String.join("\n", got));
    }
}
