package dev.postwright.validation.rules;

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
import java.util.Set;

/** An AstroPaper site built in a temp folder, checked with a fixed clock; only this package's rules are kept. */
final class TinySite {

    static final Clock CLOCK = TestClocks.JUNE_2025;
    static final Set<String> OUR_RULES = Set.of(
            "frontmatter.missing",
            "frontmatter.unterminated",
            "yaml.syntax",
            "field.required",
            "field.type",
            "field.unknown",
            "date.invalid",
            "date.order",
            "date.future",
            "slug.format",
            "slug.duplicate",
            "tag.format",
            "tag.duplicate",
            "tag.near-duplicate",
            "description.length",
            "ogImage.missing",
            "ogImage.size");

    /** A post with every required field, valid as it is. */
    static final String VALID = """
            ---
            title: Hello there
            pubDatetime: 2024-01-05
            description: A description that is comfortably longer than fifty characters, okay.
            tags: [notes]
            ---
            Body.
            """;

    final Path root;

    TinySite(Path root) {
        this.root = TestSites.astroPaper(root);
    }

    Path post(String name, String text) {
        Path p = root.resolve("src/data/blog").resolve(name);
        write(p, text);
        return p;
    }

    void write(Path p, String text) {
        TestSites.write(p, text);
    }

    void file(String rel, byte[] bytes) {
        TestSites.write(root.resolve(rel), bytes);
    }

    Site site() {
        return SiteDetector.detect(root, Optional.empty());
    }

    /** Problems of our rules in one post (the whole site is indexed). */
    List<Problem> check(Path post) {
        return check(site(), post);
    }

    static List<Problem> check(Site site, Path post) {
        return new SiteChecker(site, new MarkdownEngine(), CLOCK)
                .check(List.of(post)).problems().stream()
                        .filter(p -> OUR_RULES.contains(p.rule()))
                        .toList();
    }

    static String read(Path p) {
        return TestSites.read(p);
    }
}
