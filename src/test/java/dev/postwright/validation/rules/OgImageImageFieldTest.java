package dev.postwright.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.Problem;
import dev.postwright.validation.RuleId;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A public/ path in an ogImage the schema declares with image() breaks Astro 5's build (ImageNotFound). */
class OgImageImageFieldTest {

    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<Problem> ogProblems(String ogImageSchema, String ogImage) throws IOException {
        write("astro.config.mjs", "export default {};\n");
        write("src/content.config.ts", """
                const blog = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: "./src/data/blog" }),
                  schema: ({ image }) => z.object({ title: z.string(), pubDatetime: z.date(), ogImage: %s }),
                });
                export const collections = { blog };
                """.formatted(ogImageSchema));
        write("public/images/og.png", "not read: a missing header is no size problem");
        write("src/assets/images/og.png", "not read either");
        write(
                "src/data/blog/post.md",
                "---\ntitle: Post\npubDatetime: 2026-01-02\nogImage: " + ogImage + "\n---\nBody.\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        return new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON)
                .check(List.of()).problems().stream()
                        .filter(p -> p.rule().startsWith("ogImage."))
                        .toList();
    }

    @Test
    void aPublicPathInAnImageFieldIsABuildError() throws IOException {
        List<Problem> problems = ogProblems("image().or(z.string()).optional()", "/images/og.png");
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(RuleId.OG_IMAGE_MISSING.id(), p.rule());
        assertEquals(4, p.line());
        assertTrue(
                p.message().contains("ImageNotFound")
                        && p.message().contains("src/assets")
                        && p.message().contains("full URL"),
                p.message());
    }

    @Test
    void aStringFieldARelativeAssetOrAFullUrlAreFine() throws IOException {
        assertEquals(List.of(), ogProblems("z.string().optional()", "/images/og.png"));
        assertEquals(List.of(), ogProblems("image().or(z.string()).optional()", "../../assets/images/og.png"));
        assertEquals(List.of(), ogProblems("image().optional()", "https://example.org/og.png"));
    }
}
