package dev.postwright.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An unknown field is an error where the zod schema is strict (the build fails), a warning otherwise. */
class StrictSchemaTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"'.strict()', ERROR", "'', WARNING"})
    void unknownFieldSeverityFollowsTheSchema(String strict, Severity expected) throws IOException {
        Files.createDirectories(tmp.resolve("src/data/blog"));
        Files.writeString(tmp.resolve("astro.config.mjs"), "export default {};\n");
        Files.writeString(tmp.resolve("src/content.config.ts"), """
                import { defineCollection, z } from "astro:content";
                const blog = defineCollection({
                  schema: z.object({
                    title: z.string(),
                    pubDatetime: z.date(),
                    description: z.string(),
                  })%s,
                });
                export const collections = { blog };
                """.formatted(strict));
        Files.writeString(tmp.resolve("src/data/blog/post.md"), """
                ---
                title: A post with an extra field
                pubDatetime: 2025-01-02
                description: Long enough to keep the description rule quiet in this small test.
                mood: sunny
                ---

                Body.
                """);
        Site site = SiteDetector.detect(tmp, Optional.empty());
        List<Problem> problems = new SiteChecker(site, new MarkdownEngine(), TinySite.CLOCK)
                .check(List.of()).problems().stream()
                        .filter(p -> p.rule().equals("field.unknown"))
                        .toList();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(expected, problems.get(0).severity());
        assertEquals(5, problems.get(0).line());
    }
}
