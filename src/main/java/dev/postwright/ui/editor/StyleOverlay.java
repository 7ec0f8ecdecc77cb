package dev.postwright.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;

/** Pure merging of decorations (search hits, problem underlines) on top of syntax spans. */
final class StyleOverlay {
    /** Absolute range {@code [start, end)} that gets {@code styleClass} added. */
    record Decoration(int start, int end, String styleClass) {}

    private StyleOverlay() {}

    /** Adds the decorations that touch {@code base} (which starts at text offset {@code offset}). */
    static StyleSpans<Collection<String>> overlay(
            StyleSpans<Collection<String>> base, int offset, List<Decoration> decorations) {
        int end = offset + base.length();
        List<int[]> events = new ArrayList<>(); // position, +1/-1, index into decorations
        for (int i = 0; i < decorations.size(); i++) {
            Decoration d = decorations.get(i);
            int s = Math.max(d.start(), offset);
            int e = Math.min(d.end(), end);
            if (s < e) {
                events.add(new int[] {s, 1, i});
                events.add(new int[] {e, -1, i});
            }
        }
        if (events.isEmpty()) {
            return base;
        }
        // ends before starts at the same position so that touching ranges do not merge
        events.sort(Comparator.<int[]>comparingInt(ev -> ev[0]).thenComparingInt(ev -> ev[1]));
        SpanCollector deco = new SpanCollector(offset);
        Map<String, Integer> active = new LinkedHashMap<>();
        int pos = offset;
        for (int[] ev : events) {
            if (ev[0] > pos) {
                deco.style(pos, ev[0], List.copyOf(active.keySet()));
                pos = ev[0];
            }
            String cls = decorations.get(ev[2]).styleClass();
            active.merge(cls, ev[1], Integer::sum);
            active.remove(cls, 0);
        }
        StyleSpans<Collection<String>> decoSpans = deco.build(end);
        return base.overlay(decoSpans, (syntax, extra) -> {
            if (extra.isEmpty()) {
                return syntax;
            }
            List<String> all = new ArrayList<>(syntax);
            all.addAll(extra);
            return all;
        });
    }

    /** Converts 1-based line/column underlines to absolute ranges clamped to their line. */
    static List<Decoration> underlines(String text, List<Underline> underlines) {
        if (underlines.isEmpty()) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        List<Decoration> out = new ArrayList<>(underlines.size());
        for (Underline u : underlines) {
            int line = Math.max(0, Math.min(u.line() - 1, starts.size() - 1));
            int lineStart = starts.get(line);
            int lineEnd = line + 1 < starts.size() ? starts.get(line + 1) - 1 : text.length();
            int s = Math.min(lineStart + Math.max(0, u.column() - 1), lineEnd);
            int e = Math.min(s + Math.max(1, u.length()), lineEnd);
            if (s == e && s > lineStart) {
                s--; // a problem at the end of a line still gets one visible character
            }
            if (s < e) {
                out.add(new Decoration(s, e, EditorStyles.problem(u.severity())));
            }
        }
        return out;
    }

    /** Search hits as decorations; the current one gets its own class. */
    static List<Decoration> searchHits(List<TextSearch.Match> hits, int current) {
        List<Decoration> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            TextSearch.Match m = hits.get(i);
            out.add(new Decoration(
                    m.start(), m.end(), i == current ? EditorStyles.SEARCH_CURRENT : EditorStyles.SEARCH_HIT));
        }
        return out;
    }
}
