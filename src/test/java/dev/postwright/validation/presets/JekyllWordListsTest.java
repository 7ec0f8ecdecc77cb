package dev.postwright.validation.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.validation.Fix;
import dev.postwright.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll reads {@code categories: a b} and {@code tags: a b} as space-separated lists. */
class JekyllWordListsTest {

    @TempDir
    Path tmp;

    private static String post(String extra) {
        return "---\nlayout: post\ntitle: Clay\ndate: 2024-04-20 10:00:00 +0000\n" + extra + "\n---\n\nText.\n";
    }

    @Test
    void spaceSeparatedCategoriesAndTagsAreValidOnJekyll() {
        PresetSite s = PresetSite.jekyll(tmp);
        Path p = s.write("_posts/2024-04-20-clay.md", post("categories: pottery kiln\ntags: clay wheel"));
        assertEquals(List.of(), s.check(p));
    }

    @Test
    void jekyllTagsAreSplitForTheIndexAndUrl() {
        PresetSite s = PresetSite.jekyll(tmp);
        Path p = s.write("_posts/2024-04-20-clay.md", post("categories: pottery kiln\ntags: clay wheel"));
        Site site = s.site();
        PostSummary summary =
                PostSummaries.of(site, p, FrontmatterDocument.parse(PresetSite.read(p), site.dialect()), List.of());
        assertEquals(List.of("clay", "wheel"), summary.tags());
        assertEquals("/pottery/kiln/2024/04/20/clay.html", summary.url());
    }

    @Test
    void spaceSeparatedTagsAreCheckedWordByWordWithFixes() {
        PresetSite s = PresetSite.jekyll(tmp);
        s.write(".postwright.yml", "tagStyle: kebab\n");
        Path p = s.write("_posts/2024-04-20-clay.md", post("tags: clay Wheel_Throwing clay"));
        List<Problem> problems =
                s.problems(p).stream().filter(x -> x.rule().startsWith("tag.")).toList();
        assertEquals(
                List.of("tag.format 5:12", "tag.duplicate 5:27"),
                problems.stream()
                        .map(x -> x.rule() + " " + x.line() + ":" + x.column())
                        .toList());
        String text = PresetSite.read(p);
        assertEquals(
                "tags: clay wheel-throwing clay",
                applied(text, problems.get(0)).lines().skip(4).findFirst().orElseThrow());
        assertEquals(
                "tags: clay Wheel_Throwing",
                applied(text, problems.get(1)).lines().skip(4).findFirst().orElseThrow());
    }

    @Test
    void cleanSpaceSeparatedTagsHaveNoTagProblems() {
        PresetSite s = PresetSite.jekyll(tmp);
        Path p = s.write("_posts/2024-04-20-clay.md", post("tags: \"clay wheel\""));
        assertEquals(List.of(), s.check(p));
    }

    private static String applied(String text, Problem problem) {
        Fix.TextFix e = (Fix.TextFix) problem.fix().orElseThrow();
        return text.substring(0, e.start()) + e.replacement() + text.substring(e.end());
    }

    @Test
    void aNonStringScalarIsStillATypeErrorOnJekyll() {
        PresetSite s = PresetSite.jekyll(tmp);
        Path p = s.write("_posts/2024-04-20-clay.md", post("tags: 2024"));
        assertEquals(List.of("field.type 5:7"), s.check(p));
    }

    @Test
    void aPlainStringTagsIsStillATypeErrorOnHugo() {
        PresetSite s = PresetSite.hugo(tmp);
        Path p = s.write("content/posts/clay.md", "---\ntitle: Clay\ndate: 2024-04-20\ntags: clay wheel\n---\n");
        assertEquals(List.of("field.type 4:7"), s.check(p));
    }
}
