package dev.postwright.validation.presets;

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

/** A tiny Hugo or Jekyll site in a temp folder, checked with a fixed clock. */
final class PresetSite {
    static final Clock CLOCK = TestClocks.JUNE_2026_NOON;

    final Path root;

    private PresetSite(Path root) {
        this.root = root;
    }

    static PresetSite hugo(Path root) {
        return new PresetSite(TestSites.hugo(root));
    }

    static PresetSite jekyll(Path root) {
        return new PresetSite(TestSites.jekyll(root));
    }

    Path write(String rel, String text) {
        return TestSites.write(root, rel, text);
    }

    static String read(Path p) {
        return TestSites.read(p);
    }

    Site site() {
        return SiteDetector.detect(root, Optional.empty());
    }

    /** Problems in one post as "rule line:column". */
    List<String> check(Path post) {
        return problems(post).stream()
                .map(p -> p.rule() + " " + p.line() + ":" + p.column())
                .toList();
    }

    List<Problem> problems(Path post) {
        return new SiteChecker(site(), new MarkdownEngine(), CLOCK)
                .check(List.of(post))
                .problems();
    }
}
