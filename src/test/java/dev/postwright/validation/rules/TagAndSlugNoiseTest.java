package dev.postwright.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17 item 9: tags and slugs are judged by the URL the generator makes of them, not by a house style.
 * {@code tag.format}'s kebab style only when {@code .postwright.yml} asks; {@code slug.format} a warning naming the
 * URL where the theme publishes the slug anyway.
 */
class TagAndSlugNoiseTest {

    @TempDir
    Path tmp;

    private static String post(String... lines) {
        return "---\ntitle: Hello there\npubDatetime: 2024-01-05\n"
                + "description: A description that is comfortably longer than fifty characters, okay.\n"
                + String.join("\n", lines) + "\n---\nBody.\n";
    }

    private static List<String> rules(List<Problem> problems, String prefix) {
        return problems.stream()
                .filter(p -> p.rule().startsWith(prefix))
                .map(p -> p.rule() + " " + p.severity().id() + " " + p.line() + ":" + p.column())
                .toList();
    }

    @Test
    void tagsTheThemeSlugifiesAreSilentByDefault() {
        TinySite s = new TinySite(tmp);
        Path p = s.post("a.md", post("tags: [Java, AKS, \u7B97\u6CD5, Big Data, leetcode_heaters]"));
        assertEquals(List.of(), rules(s.check(p), "tag."));
    }

    @Test
    void kebabStyleOnlyWhenTheSiteAsksForIt() {
        TinySite s = new TinySite(tmp);
        s.write(s.root.resolve(".postwright.yml"), "tagStyle: kebab\n");
        Path p = s.post("a.md", post("tags: [notes, Java]"));
        assertEquals(List.of("tag.format warning 5:15"), rules(s.check(p), "tag."));
    }

    @Test
    void twoSpellingsOnOneTagPageNameThePageAndTheSiteSpelling() {
        TinySite s = new TinySite(tmp);
        s.post("one.md", post("tags: [c]"));
        s.post("two.md", post("tags: [c]"));
        Path plus = s.post("plus.md", post("tags: [C++]"));
        List<Problem> problems = s.check(plus);
        assertEquals(List.of("tag.near-duplicate warning 5:8"), rules(problems, "tag."));
        String message = problems.get(0).message();
        assertTrue(message.contains("'C++' and 'c'") && message.contains("/tags/c/"), message);
        assertEquals(
                "Use the existing tag 'c'", problems.get(0).fix().orElseThrow().description());
        // the site's own spelling is never told to switch
        assertEquals(List.of(), rules(s.check(s.root.resolve("src/data/blog/one.md")), "tag."));
    }

    @Test
    void aTieBetweenTwoSpellingsWarnsOnlyOneOfThem() {
        TinySite s = new TinySite(tmp);
        Path lower = s.post("lower.md", post("tags: [notes]"));
        Path upper = s.post("upper.md", post("tags: [Notes]"));
        assertEquals(List.of(), rules(s.check(lower), "tag."));
        assertEquals(List.of("tag.near-duplicate warning 5:8"), rules(s.check(upper), "tag."));
    }

    @Test
    void aTagThatSlugifiesToNothingIsReported() {
        TinySite s = new TinySite(tmp);
        Path p = s.post("a.md", post("tags: [notes, \"+++\"]"));
        List<Problem> problems = s.check(p);
        assertEquals(List.of("tag.format warning 5:15"), rules(problems, "tag."));
        assertTrue(
                problems.get(0).message().contains("/tags//"), problems.get(0).message());
    }

    @Test
    void jekyllMakesNoTagPagesSoSpellingsDoNotCollide() {
        Path root = TestSites.jekyll(tmp.resolve("j"));
        TestSites.write(root, "_posts/2024-01-01-a.md", "---\ntitle: A\ntags: [c]\n---\nA.\n");
        Path b = TestSites.write(root, "_posts/2024-01-02-b.md", "---\ntitle: B\ntags: [C++]\n---\nB.\n");
        Site site = SiteDetector.detect(root, Optional.empty());
        assertEquals(List.of(), rules(TinySite.check(site, b), "tag.format"));
    }

    @Test
    void aSlugTheThemePublishesIsAWarningNamingTheUrl() {
        Path root = tmp.resolve("legacy");
        TestSites.write(root, "astro.config.mjs", "export default {};\n");
        Path p = TestSites.write(root, "src/content/blog/heaters.md", post("postSlug: leetcode_heaters"));
        Site site = SiteDetector.detect(root, Optional.empty());
        List<Problem> problems = TinySite.check(site, p).stream()
                .filter(x -> x.rule().equals("slug.format"))
                .toList();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertTrue(
                problems.get(0).message().contains("/posts/leetcode_heaters/"),
                problems.get(0).message());
    }

    @Test
    void aSlugWithACharacterNoUrlCanHoldIsAnError() {
        TinySite s = new TinySite(tmp);
        Path p = s.post("a.md", post("slug: what?"));
        List<Problem> problems =
                s.check(p).stream().filter(x -> x.rule().equals("slug.format")).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Severity.ERROR, problems.get(0).severity());
    }

    @Test
    void aPlainSlugIsSilent() {
        TinySite s = new TinySite(tmp);
        Path p = s.post("a.md", post("slug: leetcode-heaters"));
        assertEquals(List.of(), rules(s.check(p), "slug."));
    }
}
