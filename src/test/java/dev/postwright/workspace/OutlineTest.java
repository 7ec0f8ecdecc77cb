package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.Heading;
import dev.postwright.validation.PostAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlineTest {

    @TempDir
    Path dir;

    private Outline outline(String body) throws Exception {
        TinySite site = new TinySite(dir);
        Path p = site.simple("a.md", "Alpha", body);
        SiteSession s = site.open();
        PostAnalysis a = s.analysis(p).orElseThrow();
        return Outline.of(a.markdown());
    }

    @Test
    void headingsNestByLevelWithTheirIds() throws Exception {
        Outline o = outline("# Top\n\nIntro.\n\n## Table of contents\n\n## First Part\n\nText.\n\n### Detail A\n\n"
                + "More.\n\n## Second Part\n\nText.\n\n#### Deep\n\nX.\n");
        assertEquals(1, o.roots().size());
        Outline.Node top = o.roots().get(0);
        assertEquals("Top", top.heading().text());
        assertEquals(
                List.of("table-of-contents", "first-part", "second-part"),
                top.children().stream().map(n -> n.heading().id()).toList());
        assertEquals(
                "detail-a", top.children().get(1).children().get(0).heading().id());
        // a level-4 heading under a level-2 one hangs under it, skipping the missing level
        assertEquals("deep", top.children().get(2).children().get(0).heading().id());
        assertTrue(top.children().get(0).toc());
        assertFalse(top.children().get(1).toc());
    }

    @Test
    void emptySectionsAreMarked() throws Exception {
        Outline o = outline("## Filled\n\nText.\n\n## Nothing here\n\n## Last\n\nEnd.\n");
        assertEquals(
                List.of(false, true, false),
                o.roots().stream().map(Outline.Node::empty).toList());
    }

    @Test
    void theHeadingUnderALineIsTheLastOneAtOrAboveIt() throws Exception {
        Outline o = outline("Before any heading.\n\n## One\n\nText one.\n\n## Two\n\nText two.\n");
        List<Heading> hs = o.headings();
        int one = hs.get(0).line();
        int two = hs.get(1).line();
        assertTrue(o.headingAt(one - 1).isEmpty());
        assertEquals("One", o.headingAt(one).orElseThrow().text());
        assertEquals("One", o.headingAt(two - 1).orElseThrow().text());
        assertEquals("Two", o.headingAt(two + 5).orElseThrow().text());
    }
}
