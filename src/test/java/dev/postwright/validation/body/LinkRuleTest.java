package dev.postwright.validation.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkRuleTest {

    @TempDir
    Path tmp;

    TinySite site;

    @BeforeEach
    void setUp() {
        site = new TinySite(tmp);
        site.write("public/files/handout.pdf", "pdf");
        site.write("public/files/my notes.pdf", "pdf");
        site.write("public/demo/index.html", "<html></html>");
        site.write("src/data/blog/img/a.png", "png");
        site.write("src/data/blog/notes.txt", "n");
        site.post("sub/deep.md", "Deep", "## Deep heading\n\nText.\n");
    }

    /** The link is on line 7, column 1 ([) of the post body. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "/files/handout.pdf                 | -",
                "/files/missing.pdf                 | link.broken",
                "/files/my%20notes.pdf              | -",
                "/files/handout.pdf?v=2             | -",
                "/files/missing.pdf?v=2             | link.broken",
                "/demo/                             | -",
                "/demo                              | -",
                "/nowhere/                          | link.broken",
                "/posts/target/                     | -",
                "/posts/target                      | -",
                "/posts/target/index.html           | -",
                "/posts/tagret/                     | link.post-missing",
                "/posts/no-such-post/               | link.post-missing",
                "/posts/sub/deep/                   | -",
                "/posts/target/#feeding-schedule    | -",
                "/posts/target/#notes-1             | -",
                "/posts/target#notes                | -",
                "/posts/target/#feeding-times       | link.anchor",
                "/posts/sub/deep/#deep-heading      | -",
                "/                                  | -",
                "/tags/test/                        | -",
                "/archives/                         | -",
                "/posts/                            | -",
                "/rss.xml                           | -",
                "#own-heading                       | -",
                "#own-headin                        | link.anchor",
                "target.md                          | -",
                "./target.md#feeding-schedule       | -",
                "./target.md#nope                   | link.anchor",
                "sub/deep.md#deep-heading           | -",
                "../blog/sub/deep.md#wrong          | link.anchor",
                "img/a.png                          | -",
                "notes.txt                          | -",
                "img/b.png                          | link.broken",
                "other-post.md                      | link.broken",
                "https://example.com/x              | -",
                "http://example.com/x               | -",
                "//example.com/x                    | -",
                "mailto:me@example.com              | -",
                "tel:+123                           | -",
            })
    void inlineLinks(String destination, String rule) {
        Path post = site.post("p.md", "P", "[the link](" + destination + ") here.\n\n## Own heading\n\nText.\n");
        List<String> found = site.brief(post, "link.");
        assertEquals(rule == null ? List.of() : List.of(rule + " 7:1"), found);
    }

    @Test
    void emptyLinksAreWarnings() {
        Path post = site.post("p.md", "P", "Say [x]() and [y](#) but [z](#ok).\n\n## OK\n\nText.\n");
        List<Problem> problems = site.check(post, "link.");
        assertEquals(List.of("link.empty 7:5", "link.empty 7:15"), site.brief(post, "link."));
        assertTrue(problems.stream().allMatch(p -> p.severity() == Severity.WARNING));
    }

    @Test
    void referenceLinks() {
        Path post = site.post(
                "p.md",
                "P",
                "See [defined][ok] and [missing][nope] and [bad][gone].\n\n"
                        + "[ok]: /files/handout.pdf\n[gone]: /files/gone.pdf\n");
        List<Problem> problems = site.check(post, "link.");
        assertEquals(List.of("link.reference-undefined 7:23", "link.broken 7:43"), site.brief(post, "link."));
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("[nope]"));
    }

    @Test
    void shortcutBracketsAreProseNotReferences() {
        Path post = site.post("p.md", "P", "A [word] in brackets.\n");
        assertEquals(List.of(), site.brief(post, "link."));
    }

    @Test
    void linksInCodeAreIgnored() {
        Path post = site.post("p.md", "P", "```\n[a](/files/missing.pdf) [b][nope]\n```\n\n`[c](/nowhere/)`\n");
        assertEquals(List.of(), site.brief(post, "link."));
    }

    @Test
    void htmlAnchorsReportedAtTheirAngleBracket() {
        Path post = site.post(
                "p.md",
                "P",
                "Go <a href=\"/files/gone.pdf\">there</a> or "
                        + "<a href=\"/files/handout.pdf\">here</a>.\n\n<div id=\"custom\"></div>\n\n[to div](#custom)\n");
        assertEquals(List.of("link.broken 7:4"), site.brief(post, "link."));
    }

    @Test
    void anchorMessageNamesTheTargetAndSuggestsTheClosestId() {
        Path post = site.post("p.md", "P", "[a](/posts/target/#feeding-schedul)\n");
        Problem p = site.check(post, "link.anchor").get(0);
        assertTrue(p.message().contains("src/data/blog/target.md"), p.message());
        assertTrue(p.message().contains("#feeding-schedule"), p.message());
    }

    @Test
    void postMissingSuggestsTheClosestUrl() {
        Path post = site.post("p.md", "P", "[a](/posts/tagret/)\n");
        Problem p = site.check(post, "link.post-missing").get(0);
        assertTrue(p.message().contains("/posts/target/"), p.message());
    }
}
