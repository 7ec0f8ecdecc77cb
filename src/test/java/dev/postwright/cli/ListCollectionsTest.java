package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postwright list} on an Astro site with two collections: each post's collection, and URLs by route. */
class ListCollectionsTest {

    @TempDir
    Path tmp;

    private Path site(boolean notesRouted) {
        Path root = tmp.resolve("site");
        TestSites.write(root, "astro.config.mjs", "export default {};\n");
        TestSites.write(root, "src/content.config.ts", """
                import { defineCollection } from "astro:content";
                import { glob } from "astro/loaders";
                const articles = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: "./src/content/posts" }),
                });
                const notes = defineCollection({ type: "content" });
                export const collections = { articles, notes };
                """);
        TestSites.write(
                root, "src/content/posts/on-clay.md", "---\ntitle: On clay\npubDatetime: 2026-01-01\n---\n# Wet\n");
        TestSites.write(
                root, "src/content/notes/cone-six.md", "---\ntitle: Cone six\npubDatetime: 2026-01-02\n---\nHot.\n");
        TestSites.write(
                root,
                "src/pages/writing/[...slug].astro",
                "---\nconst all = await getCollection('articles');\n"
                        + "export const getStaticPaths = () => all.map((p) => ({ params: { slug: p.id } }));\n---\n");
        if (notesRouted) {
            TestSites.write(
                    root,
                    "src/pages/notes/[slug].astro",
                    "---\nconst all = await getCollection(\"notes\");\n"
                            + "export const getStaticPaths = () => all.map((n) => ({ params: { slug: n.slug } }));\n---\n");
        }
        return root;
    }

    @Test
    void eachPostNamesItsCollectionAndTheUrlItsRouteGives() {
        CliRun run = CliRun.run("list", site(true).toString(), "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        Map<String, Map<String, String>> rows = ListCommandTest.tsvRows(run.out());
        assertEquals("articles", rows.get("src/content/posts/on-clay.md").get("collection"));
        assertEquals(
                "/writing/on-clay/", rows.get("src/content/posts/on-clay.md").get("url"));
        assertEquals("notes", rows.get("src/content/notes/cone-six.md").get("collection"));
        assertEquals(
                "/notes/cone-six/", rows.get("src/content/notes/cone-six.md").get("url"));
    }

    @Test
    void aCollectionWithoutARouteIsListedWithoutUrl() {
        Path root = site(false);
        Map<String, Map<String, String>> rows = ListCommandTest.tsvRows(
                CliRun.run("list", root.toString(), "--format", "tsv").out());
        assertEquals("notes", rows.get("src/content/notes/cone-six.md").get("collection"));
        assertEquals("", rows.get("src/content/notes/cone-six.md").get("url"));
        assertEquals("cone-six", rows.get("src/content/notes/cone-six.md").get("slug"));
        assertEquals(
                "/writing/on-clay/", rows.get("src/content/posts/on-clay.md").get("url"));

        String json = CliRun.run("list", root.toString(), "--format", "json").out();
        assertTrue(
                json.contains("\"file\":\"src/content/notes/cone-six.md\",\"collection\":\"notes\",\"url\":null"),
                json);
        String text = CliRun.run("list", root.toString()).out();
        assertTrue(text.contains("src/content/notes/cone-six.md\n  url:      -   (no page"), text);
    }

    @Test
    void aNewPostInACollectionWithoutRoutesSharesNoUrlWithItsNeighbours() {
        Path root = site(false);
        TestSites.write(root, "src/content.config.ts", """
                import { defineCollection } from "astro:content";
                const notes = defineCollection({ type: "content" });
                const articles = defineCollection({ type: "content" });
                export const collections = { notes, articles };
                """);
        TestSites.write(root, "src/content/articles/on-clay.md", "---\ntitle: On clay\n---\nWet.\n");
        CliRun run = CliRun.run(
                "new", "--site", root.toString(), "--title", "Bisque firing", "--description", "d", "--dry-run");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("src/content/notes/bisque-firing.md"), run.err());
    }
}
