package dev.postwright.validation.body;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.Problem;
import dev.postwright.workspace.SiteChecker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A minimal AstroPaper v5 site written into a temp folder, checked with a fixed clock. */
final class TinySite {
    static final Clock CLOCK = TestClocks.JUNE_2026_NOON;

    final Path root;

    TinySite(Path root) {
        this.root = root;
        write("astro.config.mjs", "export default {};\n");
        write("public/.keep", "");
        post("target.md", "Target", "## Feeding schedule\n\nText.\n\n### Notes\n\nA.\n\n### Notes\n\nB.\n");
    }

    /** Writes a file relative to the site root. */
    Path write(String rel, String text) {
        return TestSites.write(root, rel, text);
    }

    /** A post under src/data/blog with valid frontmatter; the body starts on line 7. */
    Path post(String name, String title, String body) {
        return write(
                "src/data/blog/" + name,
                "---\ntitle: " + title + "\ndescription: A description that is long"
                        + " enough to pass the length rule of the site.\npubDatetime: 2025-01-01\ntags: [test]\n---\n"
                        + body);
    }

    Site site() {
        return SiteDetector.detect(root, Optional.empty());
    }

    /** Problems of one rule family (prefix such as "link." or an exact id) in one post. */
    List<Problem> check(Path post, String rulePrefix) {
        return new SiteChecker(site(), new MarkdownEngine(), CLOCK)
                .check(List.of(post)).problems().stream()
                        .filter(p -> p.rule().startsWith(rulePrefix))
                        .toList();
    }

    /** Problems as "rule line:column" strings. */
    List<String> brief(Path post, String rulePrefix) {
        return check(post, rulePrefix).stream()
                .map(p -> p.rule() + " " + p.line() + ":" + p.column())
                .toList();
    }
}
