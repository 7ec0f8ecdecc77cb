package dev.postwright.workspace;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A small fuzzy matcher for pickers: every character of the query must appear in order (ignoring case); runs of
 * adjacent characters, matches at word starts and an early first match score higher. Higher is better.
 */
final class FuzzyMatch {

    private FuzzyMatch() {}

    /** The score of {@code query} in {@code text}, or empty when the characters do not all appear in order. */
    static OptionalInt score(String query, String text) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return OptionalInt.of(0);
        }
        String t = text.toLowerCase(Locale.ROOT);
        int contiguous = t.indexOf(q);
        if (contiguous >= 0) {
            // the whole query as written: best, and better the earlier and the more at a word start
            return OptionalInt.of(1000 - Math.min(contiguous, 200) + (wordStart(t, contiguous) ? 100 : 0));
        }
        int score = 0;
        int at = 0;
        int previous = -2;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int found = t.indexOf(c, at);
            if (found < 0) {
                return OptionalInt.empty();
            }
            score += found == previous + 1 ? 8 : 1;
            score += wordStart(t, found) ? 5 : 0;
            previous = found;
            at = found + 1;
        }
        return OptionalInt.of(score);
    }

    private static boolean wordStart(String t, int i) {
        return i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
    }
}
