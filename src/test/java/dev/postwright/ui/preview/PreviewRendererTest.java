package dev.postwright.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.render.PostHeader;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.ResolvedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewRendererTest {
    static final RenderOptions OPTIONS = RenderOptions.of(src -> new ResolvedImage.Missing(src, src));

    private final PreviewRenderer renderer = new PreviewRenderer(new MarkdownEngine(), new PageTemplate());

    @Test
    void rendersHeaderAndBody() {
        PostHeader header = new PostHeader("Bread at altitude", "2025-03-01", null, List.of("baking"), 3, true, false);
        PreviewContent c = renderer.render(header, "Some *rising* dough.\n", 1, 0, OPTIONS);
        assertTrue(c.headerHtml().contains("Bread at altitude"), c.headerHtml());
        assertTrue(c.headerHtml().contains("Draft"), c.headerHtml());
        assertTrue(c.headerHtml().contains("#baking"), c.headerHtml());
        assertTrue(c.bodyHtml().contains("<em>rising</em>"), c.bodyHtml());
        assertFalse(c.bodyHtml().contains("<html"), "a fragment, not a page");
    }

    @Test
    void noHeaderGivesEmptyHeaderHtml() {
        assertEquals("", renderer.render(null, "x", 1, 0, OPTIONS).headerHtml());
    }

    @Test
    void dataLinesAreWholeFileLines() {
        // As if the body starts on line 6, after five lines of frontmatter.
        String body = "# Title\n\nFirst para.\n\n- item\n";
        PreviewContent c = renderer.render(new PreviewRequest(null, body, 6, 80, OPTIONS));
        assertTrue(c.bodyHtml().matches("(?s).*<h1[^>]*data-line=\"6\".*"), c.bodyHtml());
        assertTrue(c.bodyHtml().matches("(?s).*<p data-line=\"8\">First para.*"), c.bodyHtml());
        assertTrue(c.bodyHtml().matches("(?s).*<li data-line=\"10\".*"), c.bodyHtml());
    }

    @Test
    void scriptsAreStripped() {
        PreviewContent c =
                renderer.render(null, "<script>alert(1)</script>\n\n<img src=x onerror=\"alert(1)\">\n", 1, 0, OPTIONS);
        assertFalse(c.bodyHtml().contains("<script"), c.bodyHtml());
        assertFalse(c.bodyHtml().contains("onerror"), c.bodyHtml());
    }

    @Test
    void aBodyTheAnalysisParsedIsRenderedFromThatParseNotParsedAgain() {
        MarkdownEngine engine = new MarkdownEngine();
        String body = "# Title\n\nFirst para.\n";
        ParsedMarkdown parsed = engine.parse(body, 6, 80, false);
        PreviewContent reused = renderer.render(new PreviewRequest(null, body, 6, 80, OPTIONS, false, parsed));
        PreviewContent fresh = renderer.render(new PreviewRequest(null, body, 6, 80, OPTIONS, false));
        assertEquals(fresh.bodyHtml(), reused.bodyHtml(), "the same page either way");
        // what is rendered is the parse handed over: a parse of other text shows that text
        ParsedMarkdown other = engine.parse("Other words.\n", 6, 80, false);
        PreviewContent shown = renderer.render(new PreviewRequest(null, body, 6, 80, OPTIONS, false, other));
        assertTrue(shown.bodyHtml().contains("Other words."), shown.bodyHtml());
        assertFalse(shown.bodyHtml().contains("First para."), shown.bodyHtml());
    }
}
