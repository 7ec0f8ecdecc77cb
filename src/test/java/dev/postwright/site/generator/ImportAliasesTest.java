package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.ResolvedImage;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.site.TsconfigPaths;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.RuleId;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ![](@/assets/x.png)} is found through tsconfig.json's paths, as Astro finds it. */
class ImportAliasesTest {

    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void site() throws IOException {
        write("astro.config.mjs", "export default {};\n");
        write("src/assets/images/x.png", "png");
        write("src/data/blog/post.md", """
                ---
                title: Post
                pubDatetime: 2026-01-02
                ---
                ![found](@/assets/images/x.png)
                ![gone](@/assets/images/missing.png)
                ![relative](../../assets/images/x.png)
                """);
    }

    private List<String> imageProblems() {
        Site site = SiteDetector.detect(tmp, Optional.empty());
        CheckResult result = new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON).check(List.of());
        return result.problems().stream()
                .filter(p -> p.rule().equals(RuleId.IMAGE_MISSING.id()))
                .map(p -> p.line() + " " + p.message())
                .toList();
    }

    @Test
    void aliasesOfAnExtendedTsconfigResolveInTheRuleAndTheResolver() throws IOException {
        site();
        write("tsconfig.base.json", """
                {
                  // comments and trailing commas, as tsc allows
                  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"], }, },
                }
                """);
        write("tsconfig.json", "{ \"extends\": \"./tsconfig.base.json\", \"include\": [\"**/*\"] }\n");
        assertEquals(Map.of("@/", tmp.resolve("src").normalize()), TsconfigPaths.read(tmp));
        List<String> problems = imageProblems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("6 "), problems::toString);
        assertTrue(problems.get(0).contains("src/assets/images/missing.png"), problems::toString);

        Site site = SiteDetector.detect(tmp, Optional.empty());
        ResolvedImage r = new SiteImageResolver(
                        site.root(),
                        site.publicDir(),
                        tmp.resolve("src/data/blog"),
                        () -> site.generator().importAliases(site.root()))
                .resolve("@/assets/images/x.png");
        assertEquals(new ResolvedImage.Local(tmp.resolve("src/assets/images/x.png")), r);
    }

    @Test
    void withoutTsconfigPathsTheAliasIsAMissingImage() throws IOException {
        site();
        write("tsconfig.json", "{ \"extends\": \"astro/tsconfigs/strict\" }\n");
        assertEquals(Map.of(), TsconfigPaths.read(tmp));
        assertEquals(
                List.of("5", "6"),
                imageProblems().stream().map(p -> p.split(" ")[0]).toList());
    }
}
