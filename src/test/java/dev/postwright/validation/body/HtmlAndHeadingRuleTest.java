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

class HtmlAndHeadingRuleTest {

    @TempDir
    Path tmp;

    TinySite site;

    @BeforeEach
    void setUp() {
        site = new TinySite(tmp);
    }

    @Test
    void scriptAndIframeAtTheirAngleBracket() {
        Path post = site.post(
                "p.md",
                "P",
                "Text.\n\n<script>alert(1)</script>\n\n"
                        + "Inline <iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>\n");
        List<Problem> problems = site.check(post, "html.");
        assertEquals(List.of("html.script 9:1", "html.iframe 11:8"), site.brief(post, "html."));
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertEquals(Severity.INFO, problems.get(1).severity());
        assertTrue(
                problems.get(1).message().contains("www.youtube-nocookie.com"),
                problems.get(1).message());
    }

    @Test
    void otherHtmlAndCodeAreSilent() {
        Path post = site.post(
                "p.md",
                "P",
                "<div>ok</div>\n\n```html\n<script>x</script>\n<iframe></iframe>\n```\n\n" + "`<script>`\n");
        assertEquals(List.of(), site.brief(post, "html."));
    }

    @Test
    void emptySectionAtItsHash() {
        Path post = site.post("p.md", "P", "## Nothing here yet\n\n## The end\n\nDone.\n");
        List<Problem> problems = site.check(post, "heading.");
        assertEquals(List.of("heading.empty-section 7:1"), site.brief(post, "heading."));
        assertEquals(Severity.INFO, problems.get(0).severity());
    }

    @Test
    void sectionsWithContentSubsectionsOrTocAreSilent() {
        Path post =
                site.post("p.md", "P", "## Table of contents\n\n## Parent\n\n### Child\n\nText.\n\n## Last\n\nEnd.\n");
        assertEquals(List.of(), site.brief(post, "heading."));
    }
}
