package dev.postwright.ui.editor;

import static dev.postwright.ui.editor.MarkdownHighlighterTest.styleAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.ui.editor.StyleOverlay.Decoration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StyleOverlayTest {

    @Test
    void addsClassesOnTopOfSyntaxAndKeepsOverlapsApart() {
        String text = "a **bold** word";
        StyleSpans<Collection<String>> base = MarkdownHighlighter.highlight(text);
        var spans = StyleOverlay.overlay(
                base, 0, List.of(new Decoration(4, 8, "md-search-hit"), new Decoration(6, 12, "md-problem-error")));
        assertEquals(text.length(), spans.length());
        assertEquals(List.of("md-strong", "md-search-hit"), styleAt(spans, 4));
        assertEquals(Set.of("md-strong", "md-search-hit", "md-problem-error"), Set.copyOf(styleAt(spans, 7)));
        assertEquals(List.of("md-problem-error"), styleAt(spans, 11));
        assertEquals(List.of(), styleAt(spans, 12));
    }

    @Test
    void clipsToTheRestyledRange() {
        String text = "one\ntwo\nthree";
        var part = MarkdownHighlighter.highlightRange(text, 1, 1);
        var spans = StyleOverlay.overlay(part, 4, List.of(new Decoration(0, 6, "x"), new Decoration(9, 12, "y")));
        assertEquals(3, spans.length());
        assertEquals(List.of("x"), styleAt(spans, 0));
        assertEquals(List.of(), styleAt(spans, 2));
    }

    @Test
    void underlinesUseOneBasedPositionsClampedToTheLine() {
        String text = "first\nsecond";
        var decorations = StyleOverlay.underlines(
                text,
                List.of(
                        new Underline(2, 1, 3, "warning", "w"),
                        new Underline(1, 99, 5, "error", "past the end"),
                        new Underline(9, 1, 0, "hint", "no such line")));
        assertEquals(
                List.of(
                        new Decoration(6, 9, "md-problem-warning"),
                        new Decoration(4, 5, "md-problem-error"),
                        new Decoration(6, 7, "md-problem-info")),
                decorations);
    }
}
