package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownEngineParseTest {
    private final ParsedMarkdown post = Fixtures.parsePost();

    @Test
    void everyLineEndingCountsAsFlexmarkReadsIt() {
        // \r\n is one break, a lone \r is one too (CommonMark): the heading is on line 4 of the body in each case
        for (String eol : List.of("\n", "\r\n", "\r")) {
            String body = "One." + eol + eol + "Two." + eol + "## Heading" + eol;
            Heading h = new MarkdownEngine().parse(body, 10, 0).headings().get(0);
            assertEquals("Heading", h.text(), eol.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(13, h.line(), eol.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(1, h.column());
        }
    }

    @Test
    void headingsHaveSluggerIdsAndWholeFileLines() {
        List<Heading> h = post.headings();
        assertEquals(
                List.of("table-of-contents", "intro", "intro-1", "empty-child", "images", "last"),
                h.stream().map(Heading::id).toList());
        assertEquals(8, h.get(0).line());
        assertEquals(1, h.get(0).column());
        assertEquals(17, h.get(2).line());
        assertEquals(3, h.get(3).level());
        assertEquals("Table of contents", post.tocHeading().orElseThrow().text());
    }

    @Test
    void linksCarryKindPositionAndDecodedDestination() {
        LinkRef inline = post.links().get(0);
        assertEquals(LinkRef.Kind.INLINE, inline.kind());
        assertEquals("/posts/other/#setup", inline.destination());
        assertEquals("inline", inline.text());
        assertEquals(12, inline.line());
        assertEquals(18, inline.column());

        LinkRef ref = post.links().get(1);
        assertEquals(LinkRef.Kind.REFERENCE, ref.kind());
        assertEquals("docs", ref.referenceLabel());
        assertTrue(ref.referenceDefined());
        assertEquals("https://docs.example.com/guide", ref.destination());
        assertEquals(56, ref.column());

        LinkRef html = post.links().stream()
                .filter(l -> l.kind() == LinkRef.Kind.HTML_A)
                .findFirst()
                .orElseThrow();
        assertEquals("https://example.org/a%20b", html.destination());
        assertEquals("https://example.org/a b", html.decodedDestination());
        assertEquals("html link", html.text());
        assertEquals(35, html.line());
        assertEquals(8, html.column());
    }

    @Test
    void undefinedReferencesAreReportedButShortcutBracketsAreProse() {
        ParsedMarkdown p =
                Fixtures.ENGINE.parse("See [x][nope], [gone][] and [just brackets].\n\n[ok]: /ok\n\n[a][ok]", 1, 0);
        assertEquals(
                List.of("nope", "gone"),
                p.undefinedReferences().stream().map(UndefinedReference::label).toList());
        assertEquals(1, p.undefinedReferences().get(0).line());
        assertEquals(5, p.undefinedReferences().get(0).column());
        assertFalse(p.links().get(0).referenceDefined());
        assertTrue(p.links().get(2).referenceDefined());

        UndefinedReference fixture = post.undefinedReferences().get(0);
        assertEquals("nope", fixture.label());
        assertEquals(12, fixture.line());
        assertEquals(77, fixture.column());
    }

    @Test
    void imagesMarkdownAndHtml() {
        assertEquals(
                List.of(
                        "/images/a.png",
                        "./local%20pic.png?v=2#frag",
                        "/images/nope.png",
                        "https://cdn.example.com/x.png",
                        "images/../local%20pic.png"),
                post.images().stream().map(ImageRef::src).toList());
        ImageRef html = post.images().get(4);
        assertEquals(ImageRef.Kind.HTML_IMG, html.kind());
        assertEquals("html img", html.alt());
        assertEquals(33, html.line());
        ParsedMarkdown noAlt = Fixtures.ENGINE.parse("x ![](a.png)", 3, 0);
        assertEquals("", noAlt.images().get(0).alt());
        assertEquals(3, noAlt.images().get(0).column());
    }

    @Test
    void rawHtmlTagsFoundWithPositions() {
        HtmlTag script = post.htmlTags("script").get(0);
        assertEquals(37, script.line());
        HtmlTag iframe = post.htmlTags("iframe").get(0);
        assertEquals("https://www.youtube.com/embed/abc", iframe.attr("src"));
        assertEquals(39, iframe.line());
        ParsedMarkdown inline = Fixtures.ENGINE.parse("text <SCRIPT src='x.js'></SCRIPT>\n<!-- <script> -->", 2, 0);
        assertEquals(1, inline.htmlTags("script").size());
        assertEquals(6, inline.htmlTags("script").get(0).column());
        assertEquals("x.js", inline.htmlTags("script").get(0).attr("src"));
    }

    @Test
    void emptySections() {
        assertEquals(
                List.of("empty-child", "last"),
                post.emptySectionHeadings().stream().map(Heading::id).toList());
        ParsedMarkdown p = Fixtures.ENGINE.parse("## Parent\n### Child\ntext\n## Same\n## Next\ntext\n", 1, 0);
        assertEquals(
                List.of("same"),
                p.emptySectionHeadings().stream().map(Heading::id).toList());
    }

    @Test
    void readingTime() {
        assertEquals(1, ReadingTime.minutes(""));
        assertEquals(1, ReadingTime.minutes("word ".repeat(200)));
        assertEquals(2, ReadingTime.minutes("word ".repeat(201)));
        assertEquals(3, ReadingTime.words("- one ## two three"));
        // a count made once gives the same minutes as counting again
        for (int words : new int[] {0, 1, 199, 200, 201, 400, 401}) {
            assertEquals(ReadingTime.minutes("word ".repeat(words)), ReadingTime.minutesFor(words), words + " words");
        }
    }
}
