package dev.postwright.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Builds style spans from increasing, non-overlapping ranges, filling gaps with an empty style
 * and merging neighbours with equal styles so that the spans stay coarse.
 */
final class SpanCollector {
    private final StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
    private final int origin;
    private int pos;
    private Collection<String> pendingStyle = List.of();
    private int pendingLength;
    private boolean any;

    /** @param origin absolute text position that the first span starts at */
    SpanCollector(int origin) {
        this.origin = origin;
        this.pos = origin;
    }

    int position() {
        return pos;
    }

    /** Styles [from, to); the gap since the last range gets {@code gapStyle}. */
    void style(int from, int to, Collection<String> style, Collection<String> gapStyle) {
        if (from > pos) {
            push(from - pos, gapStyle);
            pos = from;
        }
        if (to > pos) {
            push(to - pos, style);
            pos = to;
        }
    }

    void style(int from, int to, Collection<String> style) {
        style(from, to, style, List.of());
    }

    StyleSpans<Collection<String>> build(int end) {
        style(end, end, List.of());
        if (pendingLength > 0 || !any) {
            builder.add(pendingStyle, pendingLength);
        }
        return builder.create();
    }

    int origin() {
        return origin;
    }

    private void push(int length, Collection<String> style) {
        if (Objects.equals(style, pendingStyle)) {
            pendingLength += length;
            return;
        }
        if (pendingLength > 0) {
            builder.add(pendingStyle, pendingLength);
            any = true;
        }
        pendingStyle = style;
        pendingLength = length;
    }
}
