package dev.postwright.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A snapshot of everything a restyle needs, taken on the FX thread and computed off it.
 * {@code toParagraph} may be {@link Integer#MAX_VALUE} for "to the end".
 */
record HighlightJob(
        String text,
        int fromParagraph,
        int toParagraph,
        List<Underline> problems,
        List<TextSearch.Match> hits,
        int currentHit) {

    /** The spans to set at {@code offset}. */
    record Result(int offset, StyleSpans<Collection<String>> spans, int textLength) {}

    /** Pure and thread-safe: syntax spans with search hits and problem underlines merged on top. */
    Result compute() {
        StyleSpans<Collection<String>> spans = MarkdownHighlighter.highlightRange(text, fromParagraph, toParagraph);
        int offset = MarkdownHighlighter.paragraphStart(text, fromParagraph);
        List<StyleOverlay.Decoration> decorations = new ArrayList<>(StyleOverlay.searchHits(hits, currentHit));
        decorations.addAll(StyleOverlay.underlines(text, problems));
        return new Result(offset, StyleOverlay.overlay(spans, offset, decorations), text.length());
    }
}
