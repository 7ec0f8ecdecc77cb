package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderHtmlTest {
    @TempDir
    Path tmp;

    private String render(boolean remote) throws IOException {
        Path site = Fixtures.site(tmp);
        RenderOptions options = RenderOptions.of(Fixtures.resolver(site)).withLoadRemoteContent(remote);
        return Fixtures.ENGINE.renderHtml(Fixtures.parsePost(), options);
    }

    @Test
    void headingsGetIdsAndDataLines() throws IOException {
        String html = render(false);
        assertTrue(html.contains("<h2 id=\"intro\" data-line=\"10\">Intro</h2>"), html);
        assertTrue(html.contains("<h2 id=\"intro-1\" data-line=\"17\">"));
        assertTrue(html.contains("<p data-line=\"12\">"));
        assertTrue(html.contains("<table data-line=\"19\">"));
        assertTrue(html.contains("<li class=\"task-list-item\" data-line=\"14\">"));
    }

    @Test
    void tocListsFollowingHeadingsNested() throws IOException {
        String html = render(false);
        int toc = html.indexOf("<ul class=\"pw-toc\">");
        assertTrue(toc > html.indexOf("id=\"table-of-contents\""));
        String list = html.substring(toc, html.indexOf("<h2 id=\"intro\""));
        assertTrue(list.contains("<li><a href=\"#intro-1\">Intro</a>\n<ul>\n<li><a href=\"#empty-child\">"), list);
        assertFalse(list.contains("#table-of-contents"));
    }

    @Test
    void gfmFeatures() throws IOException {
        String html = render(false);
        assertTrue(html.contains("<del>2</del>"));
        assertTrue(html.contains("checked=\"checked\""));
        assertTrue(html.contains("class=\"footnote-ref\" href=\"#fn-1\""));
        assertTrue(html.contains("The note."));
        assertTrue(html.contains("<th>a</th>"));
    }

    @Test
    void imagesResolvedOrReplaced() throws IOException {
        String html = render(false);
        assertTrue(html.contains("src=\"" + tmp.resolve("public/images/a.png").toUri() + "\""), html);
        // percent-decoded, query and fragment stripped, relative to the post folder
        assertTrue(html.contains(tmp.resolve("post/local pic.png").toUri().toString()));
        assertTrue(html.contains("<span class=\"pw-missing-image\" title=\"" + tmp.resolve("public/images/nope.png")
                + "\">Image not found: /images/nope.png</span>"));
        assertTrue(html.contains("Remote image from cdn.example.com"));
        assertFalse(html.contains("<img src=\"https://cdn.example.com"));
    }

    @Test
    void scriptsHandlersAndScriptUrlsRemoved() throws IOException {
        for (boolean remote : List.of(false, true)) {
            String html = render(remote);
            assertFalse(html.toLowerCase().contains("<script"));
            assertFalse(html.contains("alert"), html);
            assertFalse(html.contains("onerror") || html.contains("onclick"));
            assertFalse(html.contains("javascript:"));
            assertTrue(html.contains("<a href=\"https://example.org/a%20b\">html link</a>"));
        }
    }

    @Test
    void iframePlaceholderUnlessRemoteAllowed() throws IOException {
        String offline = render(false);
        assertTrue(offline.contains(
                "<div class=\"pw-placeholder pw-iframe\" data-src=\"https://www.youtube.com/embed/abc\">"
                        + "<span>Embedded content from www.youtube.com</span> — not loaded offline</div>"));
        assertFalse(offline.contains("<iframe"));
        String online = render(true);
        assertTrue(online.contains("<iframe src=\"https://www.youtube.com/embed/abc\">"));
        assertTrue(online.contains("<img src=\"https://cdn.example.com/x.png\""));
    }

    @Test
    void sanitizerHandlesObfuscatedSchemesAndNavigationTags() {
        RenderOptions opts = RenderOptions.of(src -> new ResolvedImage.Missing(src, src));
        String out = new HtmlSanitizer(opts)
                .sanitize("<a href=\" java\tscript:x\" ONMOUSEOVER='y'>a</a>"
                        + "<meta http-equiv=\"refresh\" content=\"0;url=x\"><script src=x.js>");
        assertEquals("<a>a</a>", out);
    }

    @Test
    void flexmarkSuppressesJavascriptLinks() throws IOException {
        ParsedMarkdown p = Fixtures.ENGINE.parse("[x](javascript:alert(1))", 1, 0);
        String html = Fixtures.ENGINE.renderHtml(p, RenderOptions.of(Fixtures.resolver(Fixtures.site(tmp))));
        assertFalse(html.contains("javascript"));
    }

    @Test
    void siteResolver() throws IOException {
        SiteImageResolver r = Fixtures.resolver(Fixtures.site(tmp));
        assertEquals(new ResolvedImage.Local(tmp.resolve("public/images/a.png")), r.resolve("/images/a.png?x=1"));
        assertEquals(new ResolvedImage.Local(tmp.resolve("post/local pic.png")), r.resolve("local%20pic.png"));
        assertEquals(new ResolvedImage.Remote("https://x.org/a.png", "x.org"), r.resolve("//x.org/a.png"));
        assertTrue(r.resolve("nope.png") instanceof ResolvedImage.Missing m
                && m.triedPath().endsWith("nope.png"));
    }
}
