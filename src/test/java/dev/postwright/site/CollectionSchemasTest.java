package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.validation.CheckResult;
import dev.postwright.workspace.SiteChecker;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each Astro collection is checked against its own schema, not the blog's (issue 17). */
class CollectionSchemasTest {

    @TempDir
    Path tmp;

    private static final String CONFIG = """
            import { defineCollection, z } from "astro:content";
            import { glob } from "astro/loaders";
            const blog = defineCollection({
              loader: glob({ pattern: "**/*.md", base: "./src/content/blog" }),
              schema: z.object({ title: z.string(), pubDatetime: z.date(), tags: z.array(z.string()).default([]) }),
            });
            const notes = defineCollection({
              loader: glob({ pattern: "**/*.md", base: "./src/content/notes" }),
              schema: z.object({ title: z.string(), topic: z.string() }),
            });
            export const collections = { blog, notes };
            """;

    private List<String> fieldProblems() {
        Site site = SiteDetector.detect(tmp, Optional.empty());
        CheckResult result = new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON).check(List.of());
        return result.problems().stream()
                .filter(p -> p.rule().startsWith("field."))
                .map(p -> p.file().getFileName() + " " + p.rule() + " "
                        + p.message().split("'")[1])
                .sorted()
                .toList();
    }

    @Test
    void aNoteFollowsTheNotesSchemaAndAPostTheBlogs() {
        TestSites.write(tmp, "astro.config.mjs", "export default {};\n");
        TestSites.write(tmp, "src/content.config.ts", CONFIG);
        TestSites.write(tmp, "src/content/blog/firing.md", "---\ntitle: Firing\npubDatetime: 2026-01-01\n---\nHot.\n");
        TestSites.write(tmp, "src/content/blog/no-date.md", "---\ntitle: No date\n---\nWhen?\n");
        TestSites.write(tmp, "src/content/notes/glaze.md", "---\ntitle: Glaze\ntopic: ash\n---\nAsh.\n");
        TestSites.write(tmp, "src/content/notes/kiln.md", "---\ntitle: Kiln\n---\nNo topic.\n");

        // firing.md and glaze.md are clean: a note needs no pubDatetime, and a post no topic
        assertEquals(List.of("kiln.md field.required topic", "no-date.md field.required pubDatetime"), fieldProblems());

        Site site = SiteDetector.detect(tmp, Optional.empty());
        Path note = tmp.resolve("src/content/notes/glaze.md");
        assertTrue(site.schemaFor(note).field("topic").isPresent(), "the notes schema");
        assertTrue(site.schemaFor(note).field("pubDatetime").isEmpty());
        assertTrue(site.schemaFor(tmp.resolve("src/content/blog/firing.md"))
                .field("pubDatetime")
                .isPresent());
        assertEquals(site.schema(), site.schemaFor(null), "no post: the site's schema");
    }
}
