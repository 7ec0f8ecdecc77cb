package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageAndExportTest {
    private final PageTemplate template = new PageTemplate();

    private static PostHeader header(boolean draft, boolean scheduled) {
        return new PostHeader(
                "A <b>title</b>", "2024-03-05T10:00:00Z", null, List.of("java", "testing"), 3, draft, scheduled);
    }

    @Test
    void pageHasCspDarkClassAndSwapTargets() {
        String page = template.page(header(false, false), "<p>x</p>", true);
        assertTrue(page.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none';"));
        assertTrue(page.contains("<html lang=\"en\" class=\"pw-dark\">"));
        assertTrue(page.contains("<header id=\"pw-header\">"));
        assertTrue(page.contains("<article id=\"pw-content\" class=\"pw-prose\">\n<p>x</p>"));
        assertFalse(template.page(header(false, false), "", false).contains("pw-dark\""));
        assertFalse(template.css().contains("border-radius"));
    }

    @Test
    void headerShowsTitleDateTagsAndReadingTime() {
        String h = template.headerHtml(header(false, false));
        assertTrue(h.contains("<h1 class=\"pw-title\">A &lt;b&gt;title&lt;/b&gt;</h1>"));
        assertTrue(h.contains("<time>5 Mar, 2024</time>"));
        assertTrue(h.contains("<a href=\"/tags/java/\">#java</a>"));
        assertTrue(h.contains("3 min read"));
        assertFalse(h.contains("pw-banner"));
    }

    @Test
    void bannersForDraftAndScheduled() {
        assertTrue(template.headerHtml(header(true, false)).contains("Draft — not published"));
        assertTrue(template.headerHtml(header(false, true)).contains("Scheduled for 5 Mar, 2024"));
        assertEquals("2024-13-99", PageTemplate.displayDate("2024-13-99"));
    }

    @Test
    void exportIsSelfContained(@TempDir Path tmp) throws IOException {
        Path site = Fixtures.site(tmp);
        HtmlExporter exporter = new HtmlExporter(Fixtures.ENGINE, template);
        String html = exporter.export(header(false, false), Fixtures.parsePost(), Fixtures.resolver(site), false);
        assertTrue(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo"), html);
        assertFalse(html.contains("src=\"file:"));
        assertFalse(html.toLowerCase().contains("<script"));
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("Image not found: /images/nope.png"));
    }
}
