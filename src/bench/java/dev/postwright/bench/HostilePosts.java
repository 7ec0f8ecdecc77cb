package dev.postwright.bench;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.Site;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * SPEC §7/§8 "one pathological post ≤ 2 s and ≤ 512 MB heap to check or render": generates each hostile post of
 * issue #18 alone in a fresh AstroPaper site, then times {@code check} of the site ({@link SiteChecker}) and a
 * render of the post ({@link MarkdownEngine}), each once after one untimed warm-up on a small post, and prints
 * the peak heap used. Run with {@code -Xmx512m}: an over-budget case then fails with OutOfMemoryError.
 * Usage: {@code HostilePosts [case...]}; {@code sites} adds the 10,000-posts-with-one-broken-link-each case.
 */
public final class HostilePosts {

    private static final String FM = "---\ntitle: Hostile\npubDatetime: 2024-01-05\n"
            + "description: A description that is comfortably longer than fifty characters, okay.\n"
            + "tags: [notes]\n---\n";

    private HostilePosts() {
    }

    /** The hostile bodies by name, generated (never committed). */
    static Map<String, Supplier<String>> cases() {
        Map<String, Supplier<String>> m = new LinkedHashMap<>();
        m.put("line-1mb", () -> "word ".repeat(200_000) + "\n");
        m.put("paragraph-64kb-links", () -> linkParagraph(64 * 1024));
        m.put("paragraph-256kb-links", () -> linkParagraph(256 * 1024));
        m.put("paragraph-1mb-links", () -> linkParagraph(1024 * 1024));
        m.put("brackets-50k", () -> "[".repeat(50_000) + "\n");
        m.put("stars-1mb", () -> "*".repeat(1 << 20) + "\n");
        m.put("quotes-50k", () -> ">".repeat(50_000) + " deep\n");
        m.put("underscore-dash-1mb", () -> "_-".repeat(1 << 19) + "\n");
        m.put("emphasis-50k", () -> "*_".repeat(25_000) + "x" + "_*".repeat(25_000) + "\n");
        m.put("links-100k", () -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 100_000; i++) {
                b.append("[l").append(i).append("](/posts/p").append(i).append("/)").append(i % 10 == 9 ? "\n\n" : " ");
            }
            return b.toString();
        });
        m.put("file-2mb", () -> file(2 * 1024 * 1024 - 400));
        m.put("file-10mb", () -> file(10 * 1024 * 1024 - 400));
        return m;
    }

    /** Ordinary sections and paragraphs up to {@code size} chars (2 MB: the largest post whose body is checked). */
    static String file(int size) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < size; i++) {
            b.append("## Section ").append(i).append("\n\nSome *text* with a [link](#section-").append(i)
                    .append(") and `code` in a paragraph of ordinary length.\n\n");
        }
        return b.toString();
    }

    static String linkParagraph(int size) {
        StringBuilder b = new StringBuilder();
        while (b.length() < size) {
            b.append("Lorem [link](/posts/nowhere/) ipsum dolor sit amet.\n");
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        List<String> wanted = List.of(args);
        MarkdownEngine engine = new MarkdownEngine();
        for (Map.Entry<String, Supplier<String>> c : cases().entrySet()) {
            if (!wanted.isEmpty() && !wanted.contains(c.getKey())) {
                continue;
            }
            Path root = site();
            Path post = root.resolve("src/data/blog/hostile.md");
            Files.writeString(post, FM + c.getValue().get(), StandardCharsets.UTF_8);
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            String outcome;
            try {
                Site site = BenchSites.detect(root);
                CheckResult r = new SiteChecker(site, engine, Clock.systemUTC()).check(List.of());
                outcome = r.problems().size() + " problems";
            } catch (Throwable t) {
                outcome = t.getClass().getSimpleName();
            }
            long check = System.nanoTime() - t0;
            t0 = System.nanoTime();
            String rendered;
            try {
                // as `render` does: analysed first, refused when the analysis says the body cannot be read
                PostAnalysis a = new PostAnalyzer(BenchSites.detect(root), engine).analyze(post,
                        Files.readString(post));
                rendered = a.failure().isPresent() ? "refused with a message" : engine.renderHtml(a.markdown(),
                        RenderOptions.of(new SiteImageResolver(root.resolve("public"), post.getParent())))
                        .length() + " chars";
            } catch (Throwable t) {
                rendered = t.getClass().getSimpleName();
            }
            long render = System.nanoTime() - t0;
            System.out.printf(Locale.ROOT, "%-24s check %7.0f ms (%s)  render %7.0f ms (%s)  peak heap %4d MB%n",
                    c.getKey(), check / 1e6, outcome, render / 1e6, rendered, peakHeapMb());
        }
        if (wanted.contains("sites")) {
            brokenLinkSite(10_000);
        }
    }

    /** N posts, each with one link to a post that does not exist: every one gets a "did you mean" search. */
    private static void brokenLinkSite(int n) throws IOException {
        Path root = site();
        for (int i = 0; i < n; i++) {
            Files.writeString(root.resolve("src/data/blog/post-" + i + ".md"), FM.replace("Hostile", "Post " + i)
                    + "See [this](/posts/missing-post-" + i + "/).\n");
        }
        long t0 = System.nanoTime();
        CheckResult r = new SiteChecker(BenchSites.detect(root), new MarkdownEngine(), Clock.systemUTC())
                .check(List.of());
        System.out.printf(Locale.ROOT, "%d posts, one broken link each: check %.0f ms (%d problems)%n", n,
                (System.nanoTime() - t0) / 1e6, r.problems().size());
    }

    private static Path site() throws IOException {
        Path root = Files.createTempDirectory("pw-hostile-");
        Files.createDirectories(root.resolve("src/data/blog"));
        Files.createDirectories(root.resolve("public"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        return root;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
