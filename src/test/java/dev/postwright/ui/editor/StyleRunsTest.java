package dev.postwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class StyleRunsTest {

    @SafeVarargs
    private static StyleSpans<Collection<String>> spans(Object... styleThenLength) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < styleThenLength.length; i += 2) {
            @SuppressWarnings("unchecked")
            Collection<String> style = (Collection<String>) styleThenLength[i];
            b.add(style, (Integer) styleThenLength[i + 1]);
        }
        return b.create();
    }

    @Test
    void theSameClassesOverTheSameCharactersAreTheSameHoweverSplit() {
        var whole = spans(List.of("md-em"), 5, List.of(), 3);
        var split = spans(List.of("md-em"), 2, List.of("md-em"), 3, List.of(), 0, List.of(), 3);
        assertTrue(StyleRuns.same(whole, split));
        assertTrue(StyleRuns.same(spans(List.of("a", "b"), 4), spans(List.of("b", "a"), 4)), "class order ignored");
    }

    @Test
    void otherClassesOrBoundariesAreNot() {
        var em = spans(List.of("md-em"), 5, List.of(), 3);
        assertFalse(StyleRuns.same(em, spans(List.of("md-strong"), 5, List.of(), 3)));
        assertFalse(StyleRuns.same(em, spans(List.of("md-em"), 4, List.of(), 4)));
        assertFalse(StyleRuns.same(em, spans(List.of("md-em"), 5, List.of(), 4)), "another length");
    }
}
