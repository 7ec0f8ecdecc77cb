package dev.postwright.bench;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Generated sites in temp folders, shared by the benchmarks and harnesses. */
final class BenchSites {

    private BenchSites() {
    }

    /** Generates an {@code n}-post site (seed 42) into a new temp folder. */
    static Path generate(int n) {
        try {
            Path dir = Files.createTempDirectory("pw-bench-" + n + "-");
            new SiteGenerator(n, 42, dir).write();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Site detect(Path root) {
        return SiteDetector.detect(root, Optional.empty());
    }

    /** An index of every post of the site, built the way SiteSession builds it. */
    static SiteIndex index(Site site, PostAnalyzer analyzer) {
        SiteIndex index = new SiteIndex(site);
        for (Path p : site.listPosts()) {
            try {
                PostAnalysis a = analyzer.load(p);
                index.put(a.summary());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return index;
    }

    static Path post(Path root, int i) {
        return root.resolve("src/data/blog/" + SiteGenerator.slug(i) + ".md");
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp folder: best effort
        }
    }

    static MarkdownEngine engine() {
        return new MarkdownEngine();
    }
}
