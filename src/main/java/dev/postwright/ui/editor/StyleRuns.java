package dev.postwright.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Compares styled runs by what a reader sees: the same classes over the same characters, however split. */
final class StyleRuns {

    private StyleRuns() {}

    record Run(Set<String> styles, int length) {}

    static boolean same(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        return a.length() == b.length() && runs(a).equals(runs(b));
    }

    /** Adjacent spans with the same classes merged, empty spans dropped, class order ignored. */
    static List<Run> runs(StyleSpans<Collection<String>> spans) {
        List<Run> runs = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            if (span.getLength() == 0) {
                continue;
            }
            Set<String> styles = new HashSet<>(span.getStyle());
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).styles().equals(styles)) {
                runs.set(last, new Run(styles, runs.get(last).length() + span.getLength()));
            } else {
                runs.add(new Run(styles, span.getLength()));
            }
        }
        return runs;
    }
}
