package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.RuleId;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slug field sets the URL only where the schema (or Astro's own {@code slug}) makes it count. */
class AstroSlugFieldsTest {

    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private CheckResult site(String extraSchemaField) throws IOException {
        write("astro.config.mjs", "export default {};\n");
        write("src/content.config.ts", """
                export const BLOG_PATH = "src/data/blog";
                const blog = defineCollection({
                  loader: glob({ pattern: "**/[^_]*.md", base: `./${BLOG_PATH}` }),
                  schema: z.object({ title: z.string(), pubDatetime: z.date(), %s }),
                });
                export const collections = { blog };
                """.formatted(extraSchemaField));
        write("src/data/blog/heaters-problem.md", """
                ---
                title: Heaters
                pubDatetime: 2026-01-01
                postSlug: leetcode-heaters
                ---
                Body.
                """);
        write("src/data/blog/links.md", """
                ---
                title: Links
                pubDatetime: 2026-01-02
                slug: my-links
                ---
                See [heaters](/posts/heaters-problem/) and [the old one](/posts/leetcode-heaters/).
                """);
        Site site = SiteDetector.detect(tmp, Optional.empty());
        return new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON).check(List.of());
    }

    private static List<String> problems(CheckResult result, RuleId... rules) {
        List<String> ids = List.of(rules).stream().map(RuleId::id).toList();
        return result.problems().stream()
                .filter(p -> ids.contains(p.rule()))
                .map(p -> p.file().getFileName() + ":" + p.line()
                        + (p.column() > 0 && p.line() == 6 ? ":" + p.column() : "") + " " + p.rule())
                .toList();
    }

    @Test
    void aLeftoverPostSlugDoesNotChangeTheUrlInAV5Schema() throws IOException {
        CheckResult result = site("description: z.string().optional()");
        Site site = result.site();
        assertEquals(List.of("slug"), site.generator().slugFields(site.schema()));
        // The file id is the URL: the link to it (column 5) is fine, the one to the leftover postSlug is not.
        assertEquals(
                List.of("links.md:6:44 " + RuleId.LINK_POST_MISSING.id()),
                problems(result, RuleId.LINK_POST_MISSING, RuleId.LINK_BROKEN));
        assertTrue(
                problems(result, RuleId.FIELD_UNKNOWN).contains("heaters-problem.md:4 " + RuleId.FIELD_UNKNOWN.id()),
                () -> result.problems().toString());
    }

    @Test
    void aSchemaDeclaringPostSlugMakesItTheUrl() throws IOException {
        CheckResult result = site("postSlug: z.string().optional()");
        Site site = result.site();
        assertEquals(List.of("slug", "postSlug"), site.generator().slugFields(site.schema()));
        // The link to the file id is now the broken one.
        assertEquals(
                List.of("links.md:6:5 " + RuleId.LINK_POST_MISSING.id()),
                problems(result, RuleId.LINK_POST_MISSING, RuleId.LINK_BROKEN));
        assertEquals(List.of(), problems(result, RuleId.FIELD_UNKNOWN));
    }
}
