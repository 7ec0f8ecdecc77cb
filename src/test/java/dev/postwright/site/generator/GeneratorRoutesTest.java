package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.CheckResult;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links to the pages a generator makes besides posts are not broken; links to nothing still are. */
class GeneratorRoutesTest {

    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** "line:column rule" of the link problems of a check of the whole site. */
    private List<String> linkProblems() {
        Site site = SiteDetector.detect(tmp, Optional.empty());
        CheckResult result = new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON).check(List.of());
        return result.problems().stream()
                .filter(p -> p.rule().startsWith("link.") || p.rule().startsWith("image."))
                .map(p -> p.file().getFileName() + ":" + p.line() + " " + p.rule())
                .toList();
    }

    @Test
    void astroPagesEndpointsAndDynamicRoutesAreRoutes() throws IOException {
        write("astro.config.mjs", "export default {};\n");
        write("src/pages/gen-art/attributes.astro", "---\n---\n<h1>A</h1>\n");
        write("src/pages/rl_pg.md", "# RL\n");
        write("src/pages/about/index.astro", "<p>about</p>\n");
        write("src/pages/api/feed.json.ts", "export function GET() {}\n");
        write("src/pages/projects/[slug].astro", "---\n---\n");
        write("src/pages/docs/[...rest].astro", "---\n---\n");
        write("src/pages/posts/[...slug]/index.astro", "---\n---\n");
        write("src/pages/[page].astro", "---\n---\n");
        write("src/pages/_draft.astro", "---\n---\n");
        write("src/pages/components/Card.css", "a{}\n");
        write("src/data/blog/links.md", """
                ---
                title: Links
                pubDatetime: 2026-01-02
                ---
                [a](/gen-art/attributes)
                [b](/rl_pg)
                [c](/about/)
                [d](/api/feed.json)
                [e](/projects/anything/)
                [f](/docs/a/b/c)
                [g](/posts/gone/)
                [h](/nowhere)
                [i](/_draft)
                [j](/components/Card.css)
                """);
        assertEquals(
                List.of(
                        "links.md:11 link.post-missing",
                        "links.md:12 link.broken",
                        "links.md:13 link.broken",
                        "links.md:14 link.broken"),
                linkProblems());
    }

    @Test
    void hugoSectionsContentPagesAndContentFilesAreRoutes() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("content/posts/_index.md", "---\ntitle: Posts\n---\n");
        write("content/posts/2020/_index.md", "---\ntitle: 2020\n---\n");
        Files.createDirectories(tmp.resolve("content/posts/2021"));
        write("content/posts/images/pic.png", "png");
        write("content/about.md", "---\ntitle: About\n---\n");
        write("content/posts/hello.md", """
                ---
                title: Hello
                date: 2026-01-01
                ---
                [a](/posts/images/pic.png)
                [b](/posts/2020/)
                [c](/about/)
                [d](/posts/2021/)
                [e](/posts/images/missing.png)
                """);
        List<String> problems = linkProblems();
        assertEquals(
                List.of("hello.md:8", "hello.md:9"),
                problems.stream().map(p -> p.split(" ")[0]).toList(),
                problems::toString);
    }

    @Test
    void jekyllPagesAnywherePagesFolderAndOutputCollectionsAreRoutes() throws IOException {
        write("_config.yml", """
                title: x
                include: ["_pages"]
                collections:
                  recipes:
                    output: true
                  notes:
                    output: false
                """);
        write("docs/guide.md", "---\ntitle: Guide\n---\n# Guide\n");
        write("docs/raw.md", "# No front matter: copied as it is\n");
        write("_pages/about.md", "---\npermalink: /about-me/\n---\n");
        write("_recipes/soup.md", "---\ntitle: Soup\n---\n");
        write("_notes/n.md", "---\ntitle: N\n---\n");
        write("_drafts/d.md", "---\ntitle: D\n---\n");
        write("_posts/2020-01-01-x.md", """
                ---
                title: X
                ---
                [a](/docs/guide.html)
                [b](/docs/guide/)
                [c](/about-me/)
                [d](/recipes/soup.html)
                [e](/recipes/soup)
                [f](/docs/raw.md)
                [g](/notes/n.html)
                [h](/docs/raw.html)
                [i](/drafts/d.html)
                """);
        List<String> problems = linkProblems();
        assertEquals(
                List.of("2020-01-01-x.md:10", "2020-01-01-x.md:11", "2020-01-01-x.md:12"),
                problems.stream().map(p -> p.split(" ")[0]).toList(),
                problems::toString);
    }
}
