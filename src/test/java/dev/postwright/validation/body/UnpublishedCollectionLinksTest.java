package dev.postwright.validation.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.Problem;
import dev.postwright.workspace.SiteChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links to the entries of a collection that no route of the site publishes lead nowhere. */
class UnpublishedCollectionLinksTest {

    @TempDir
    Path tmp;

    private static final String CONFIG = """
            import { defineCollection } from "astro:content";
            import { glob } from "astro/loaders";
            const blog = defineCollection({ loader: glob({ pattern: "**/*.md", base: "./src/content/blog" }) });
            const drafts = defineCollection({ loader: glob({ pattern: "**/*.md", base: "./src/content/drafts" }) });
            export const collections = { blog, drafts };
            """;

    private static final String LINKS = """
            ---
            title: Reading list
            pubDatetime: 2026-01-02
            ---
            The [glaze notes](../drafts/glaze-notes.md) are not out yet.
            Nor is [the kiln log](/drafts/glaze-notes/).
            But [the firing post](./firing.md) and [its URL](/blog/firing/) are.
            """;

    private void site(boolean draftsRouted) {
        TestSites.write(tmp, "astro.config.mjs", "export default {};\n");
        TestSites.write(tmp, "src/content.config.ts", CONFIG);
        TestSites.write(tmp, "src/content/blog/reading-list.md", LINKS);
        TestSites.write(tmp, "src/content/blog/firing.md", "---\ntitle: Firing\npubDatetime: 2026-01-01\n---\nHot.\n");
        TestSites.write(
                tmp,
                "src/content/drafts/glaze-notes.md",
                "---\ntitle: Glaze notes\npubDatetime: 2026-01-03\n---\nAsh.\n");
        TestSites.write(tmp, "src/pages/blog/[...slug].astro", route("blog"));
        if (draftsRouted) {
            TestSites.write(tmp, "src/pages/drafts/[...slug].astro", route("drafts"));
        }
    }

    private static String route(String collection) {
        return "---\nconst entries = await getCollection(\"" + collection + "\");\n"
                + "export function getStaticPaths() { return entries.map((e) => ({ params: { slug: e.id } })); }\n---\n";
    }

    private List<Problem> linkProblems() {
        Site site = SiteDetector.detect(tmp, Optional.empty());
        CheckResult result = new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON).check(List.of());
        return result.problems().stream()
                .filter(p -> p.rule().startsWith("link."))
                .toList();
    }

    @Test
    void linksToAnUnpublishedCollectionAreReportedWithTheMissingRoute() {
        site(false);
        List<Problem> problems = linkProblems();
        assertEquals(
                List.of("reading-list.md:5 link.post-missing", "reading-list.md:6 link.post-missing"),
                problems.stream()
                        .map(p -> p.file().getFileName() + ":" + p.line() + " " + p.rule())
                        .toList());
        for (Problem p : problems) {
            assertTrue(p.message().contains("the collection `drafts` has no page route in src/pages"), p.message());
            assertTrue(p.message().contains("src/pages/drafts/[...slug].astro"), p.message());
        }
        assertTrue(problems.get(0).message().startsWith("src/content/drafts/glaze-notes.md has no page"));
    }

    @Test
    void withARouteForTheCollectionTheSameLinksAreFine() {
        site(true);
        assertEquals(List.of(), linkProblems());
    }

    @Test
    void aMissingEntryOfARoutedSecondCollectionIsStillMissing() throws Exception {
        site(true);
        Files.delete(tmp.resolve("src/content/drafts/glaze-notes.md"));
        Files.writeString(tmp.resolve("src/content/drafts/other.md"), "---\ntitle: Other\n---\nx\n");
        assertEquals(
                List.of("5 link.broken", "6 link.post-missing"),
                linkProblems().stream().map(p -> p.line() + " " + p.rule()).toList());
    }
}
