package dev.postwright.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Styles the inline markdown of one line in a single left-to-right pass.
 * Every search for a closing delimiter that fails is remembered, so later openers of the same
 * kind never rescan the line: the pass stays linear even on lines like 50,000 asterisks.
 */
final class InlineScanner {
    private final CharSequence text;
    private final int end;
    private final Collection<String> base;
    private final SpanCollector out;
    private final BitSet failedTickRuns = new BitSet();
    private final boolean[] failedEmphasis = new boolean[4];
    private boolean failedAngle;
    private int[] match;
    private int matchOrigin;

    private InlineScanner(CharSequence text, int end, Collection<String> base, SpanCollector out) {
        this.text = text;
        this.end = end;
        this.base = base;
        this.out = out;
    }

    /** Styles [start, end); unstyled characters get {@code base}. */
    static void scan(CharSequence text, int start, int end, Collection<String> base, SpanCollector out) {
        new InlineScanner(text, end, base, out).run(start);
    }

    private void run(int i) {
        while (i < end) {
            char c = text.charAt(i);
            int next;
            switch (c) {
                case '\\' -> next = i + 2;
                case '`' -> next = code(i);
                case '*', '_' -> next = emphasis(i, c);
                case '!' ->
                    next = i + 1 < end && text.charAt(i + 1) == '[' ? link(i + 1, i, EditorStyles.IMAGE) : i + 1;
                case '[' -> next = link(i, i, EditorStyles.LINK);
                case '<' -> next = angle(i);
                case 'h' -> next = bareUrl(i);
                default -> next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
    }

    private int code(int i) {
        int n = BlockScanner.run(text, i, end, '`');
        if (!failedTickRuns.get(n)) {
            int j = i + n;
            while (j < end) {
                if (text.charAt(j) != '`') {
                    j++;
                    continue;
                }
                int m = BlockScanner.run(text, j, end, '`');
                if (m == n) {
                    emit(i, j + m, EditorStyles.CODE);
                    return j + m;
                }
                j += m;
            }
            failedTickRuns.set(n);
        }
        return i + n;
    }

    private int emphasis(int i, char c) {
        int run = BlockScanner.run(text, i, end, c);
        if (c == '_' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return i + run; // snake_case words are not emphasis
        }
        int width = run >= 2 ? 2 : 1;
        for (; width >= 1; width--) {
            int close = findCloser(i + run, c, width);
            if (close >= 0 && opens(i + width)) {
                int stop = close + width;
                // absorb the rest of a ***run*** so it is not left dangling
                while (stop < end && text.charAt(stop) == c && stop - close < run) {
                    stop++;
                }
                emit(i, stop, width == 2 ? EditorStyles.STRONG : EditorStyles.EM);
                return stop;
            }
        }
        return i + run;
    }

    private boolean opens(int afterDelimiter) {
        return afterDelimiter < end && !Character.isWhitespace(text.charAt(afterDelimiter));
    }

    /** First valid closing delimiter at or after {@code from}, or -1; failures are cached per kind. */
    private int findCloser(int from, char c, int width) {
        int kind = (c == '*' ? 0 : 2) + width - 1;
        if (failedEmphasis[kind]) {
            return -1;
        }
        for (int j = from; j + width <= end; j++) {
            if (text.charAt(j) != c || (width == 2 && text.charAt(j + 1) != c)) {
                continue;
            }
            boolean afterText = !Character.isWhitespace(text.charAt(j - 1));
            boolean wordEnd = c == '*' || j + width >= end || !Character.isLetterOrDigit(text.charAt(j + width));
            if (afterText && wordEnd) {
                return j;
            }
        }
        failedEmphasis[kind] = true;
        return -1;
    }

    private int link(int open, int start, String styleClass) {
        int close = matching(open);
        if (close < 0 || close + 1 >= end || text.charAt(close + 1) != '(') {
            return open + 1;
        }
        int paren = matching(close + 1);
        if (paren < 0) {
            return open + 1;
        }
        emit(start, close + 1, styleClass);
        emit(close + 1, paren + 1, EditorStyles.URL);
        return paren + 1;
    }

    /** Matching bracket or parenthesis, from a table built once per line with a stack (linear). */
    private int matching(int pos) {
        if (match == null) {
            buildMatches(pos);
        }
        int k = pos - matchOrigin;
        return k >= 0 && k < match.length ? match[k] : -1;
    }

    private void buildMatches(int from) {
        matchOrigin = from;
        match = new int[end - from];
        Arrays.fill(match, -1);
        ArrayDeque<Integer> brackets = new ArrayDeque<>();
        ArrayDeque<Integer> parens = new ArrayDeque<>();
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                brackets.push(j);
            } else if (c == '(') {
                parens.push(j);
            } else if (c == ']' && !brackets.isEmpty()) {
                match[brackets.pop() - from] = j;
            } else if (c == ')' && !parens.isEmpty()) {
                match[parens.pop() - from] = j;
            }
        }
    }

    private int angle(int i) {
        if (failedAngle || i + 1 >= end) {
            return i + 1;
        }
        char c = text.charAt(i + 1);
        if (!Character.isLetter(c) && c != '/' && c != '!') {
            return i + 1;
        }
        for (int j = i + 1; j < end; j++) {
            if (text.charAt(j) == '>') {
                boolean url =
                        startsWith(i + 1, "http://") || startsWith(i + 1, "https://") || startsWith(i + 1, "mailto:");
                emit(i, j + 1, url ? EditorStyles.URL : EditorStyles.HTML);
                return j + 1;
            }
        }
        failedAngle = true;
        return i + 1;
    }

    private int bareUrl(int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                || !(startsWith(i, "http://") || startsWith(i, "https://"))) {
            return i + 1;
        }
        int j = i;
        while (j < end && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '<') {
            j++;
        }
        emit(i, j, EditorStyles.URL);
        return j;
    }

    private boolean startsWith(int i, String prefix) {
        if (i + prefix.length() > end) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void emit(int from, int to, String styleClass) {
        out.style(from, to, with(base, styleClass), base);
    }

    static Collection<String> with(Collection<String> base, String styleClass) {
        if (base.isEmpty()) {
            return List.of(styleClass);
        }
        List<String> all = new ArrayList<>(base);
        all.add(styleClass);
        return all;
    }
}
