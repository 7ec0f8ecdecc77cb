package dev.postwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownHighlighterTest {

    static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int pos) {
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (pos < at + span.getLength()) {
                return span.getStyle();
            }
            at += span.getLength();
        }
        throw new IndexOutOfBoundsException(pos);
    }

    static Collection<String> styleOf(String text, String needle) {
        return styleAt(MarkdownHighlighter.highlight(text), text.indexOf(needle));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "# Title|Title|md-h1",
                "###### Six|Six|md-h6",
                "some *em* text|em|md-em",
                "some _em_ text|em|md-em",
                "some **strong** text|strong|md-strong",
                "some __strong__ text|strong|md-strong",
                "use `code` here|code|md-code",
                "use ``co`de`` here|de|md-code",
                "see [docs](http://x.io) now|docs|md-link",
                "see [docs](http://x.io) now|x.io|md-url",
                "an ![alt](a.png) image|alt|md-image",
                "an ![alt](a.png) image|a.png|md-url",
                "> quoted *text*|quoted|md-quote",
                "- item|-|md-list-marker",
                "  12. item|12.|md-list-marker",
                "a <span class=x> tag|span|md-html",
                "go to https://example.com now|example|md-url",
            })
    void stylesInlineConstructs(String text, String needle, String styleClass) {
        assertTrue(
                styleOf(text, needle).contains(styleClass),
                () -> styleOf(text, needle).toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "snake_case_name here|case",
                "#hashtag is not a heading|hashtag",
                "a * b * c|b",
                "unclosed `code|code",
                "[text] (not a link)|text",
            })
    void leavesPlainTextAlone(String text, String needle) {
        assertEquals(List.of(), styleOf(text, needle));
    }

    @Test
    void quoteKeepsItsClassUnderInlineStyles() {
        Collection<String> style = styleOf("> quoted *text*", "text");
        assertTrue(style.contains("md-quote") && style.contains("md-em"), style::toString);
    }

    @Test
    void stylesFrontmatter() {
        String text = "---\ntitle: Hello # note\n# comment\ntags:\n  - a\n---\n# Body\n";
        StyleSpans<Collection<String>> spans = MarkdownHighlighter.highlight(text);
        assertEquals(List.of("md-fence"), styleAt(spans, 0));
        assertEquals(List.of("md-fm-key"), styleAt(spans, text.indexOf("title")));
        assertEquals(List.of("md-fm-value"), styleAt(spans, text.indexOf("Hello")));
        assertEquals(List.of("md-comment"), styleAt(spans, text.indexOf("# note")));
        assertEquals(List.of("md-comment"), styleAt(spans, text.indexOf("# comment")));
        assertEquals(List.of("md-fm-value"), styleAt(spans, text.indexOf("a\n")));
        assertEquals(List.of("md-fence"), styleAt(spans, text.indexOf("---\n#")));
        assertTrue(styleAt(spans, text.indexOf("Body")).contains("md-h1"));
    }

    @Test
    void dashesLaterAreARule() {
        String text = "para\n\n---\n";
        assertEquals(List.of("md-hr"), styleOf(text, "---"));
    }

    @Test
    void fencedCodeBlockIsOneSpan() {
        String text = "before\n```java\n# not heading\n*x*\n```\nafter *em*";
        StyleSpans<Collection<String>> spans = MarkdownHighlighter.highlight(text);
        int start = text.indexOf("```");
        int end = text.lastIndexOf("```") + 3;
        for (int i = start; i < end; i++) {
            assertEquals(List.of("md-code-block"), styleAt(spans, i), "at " + i);
        }
        assertTrue(styleAt(spans, text.indexOf("em*")).contains("md-em"));
        assertEquals(List.of(), styleAt(spans, text.indexOf("after")));
    }

    @Test
    void spansCoverTheWholeText() {
        String text = "# a\n\n*b* `c`\n```\nx\n";
        assertEquals(text.length(), MarkdownHighlighter.highlight(text).length());
        assertEquals(0, MarkdownHighlighter.highlight("").length());
    }

    @Test
    void rangeMatchesWholeDocumentHighlight() {
        String text = "---\na: 1\n---\ntext *em*\n```\ncode\n# in code\n```\n# Head\n[l](u) and **s**";
        StyleSpans<Collection<String>> whole = MarkdownHighlighter.highlight(text);
        String[] lines = text.split("\n", -1);
        for (int from = 0; from < lines.length; from++) {
            for (int to = from; to < lines.length; to++) {
                StyleSpans<Collection<String>> part = MarkdownHighlighter.highlightRange(text, from, to);
                int offset = MarkdownHighlighter.paragraphStart(text, from);
                int endOffset = MarkdownHighlighter.paragraphStart(text, to) + lines[to].length();
                assertEquals(endOffset - offset, part.length(), from + ".." + to);
                for (int i = offset; i < endOffset; i++) {
                    assertEquals(styleAt(whole, i), styleAt(part, i - offset), "char " + i + " in " + from + ".." + to);
                }
            }
        }
    }

    @Test
    void pathologicalInputFinishes() {
        String stars = "*".repeat(50_000);
        String underscores = "_a ".repeat(20_000);
        String brackets = "[".repeat(20_000) + "x" + "]".repeat(20_000);
        String unclosed = "[".repeat(30_000) + "(".repeat(30_000);
        String ticks = "`a ``b ```c ".repeat(5_000);
        String angles = "<a ".repeat(30_000);
        String emph = "**a ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String text : List.of(stars, underscores, brackets, unclosed, ticks, angles, emph)) {
                assertEquals(text.length(), MarkdownHighlighter.highlight(text).length());
            }
        });
    }

    @Test
    void spansStayCoarse() {
        String text = "plain words without markup\n".repeat(1000);
        assertTrue(MarkdownHighlighter.highlight(text).getSpanCount() <= 2);
        assertFalse(MarkdownHighlighter.highlight("a *b* c").getSpanCount() > 3);
    }
}
