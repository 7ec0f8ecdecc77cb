package dev.postwright.ui.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Pure markdown syntax highlighter: text in, coarse style spans out, linear in the text length.
 * Safe to call from any thread.
 */
public final class MarkdownHighlighter {
    private static final List<String> FENCE = List.of(EditorStyles.FENCE);
    private static final List<String> FM_KEY = List.of(EditorStyles.FM_KEY);
    private static final List<String> FM_VALUE = List.of(EditorStyles.FM_VALUE);
    private static final List<String> COMMENT = List.of(EditorStyles.COMMENT);
    private static final List<String> CODE_BLOCK = List.of(EditorStyles.CODE_BLOCK);
    private static final List<String> HR = List.of(EditorStyles.HR);
    private static final List<String> QUOTE = List.of(EditorStyles.QUOTE);

    private MarkdownHighlighter() {}

    /** Spans for the whole text. */
    public static StyleSpans<Collection<String>> highlight(String text) {
        return highlightRange(text, 0, Integer.MAX_VALUE);
    }

    /**
     * Spans for paragraphs (0-based lines, inclusive, clamped) {@code fromParagraph..toParagraph},
     * starting at the first character of {@code fromParagraph} and ending at the end of
     * {@code toParagraph} (its newline excluded). Lines before the range are scanned only for
     * frontmatter and code fences, so the styles match those of {@link #highlight}.
     */
    public static StyleSpans<Collection<String>> highlightRange(String text, int fromParagraph, int toParagraph) {
        BlockScanner blocks = new BlockScanner();
        int s = 0;
        int line = 0;
        while (line < fromParagraph) {
            int e = lineEnd(text, s);
            if (e == text.length()) {
                break; // fewer lines than asked for: style the last one
            }
            blocks.next(text, s, e);
            s = e + 1;
            line++;
        }
        SpanCollector out = new SpanCollector(s);
        while (true) {
            int e = lineEnd(text, s);
            BlockScanner.Kind kind = blocks.next(text, s, e);
            styleLine(text, s, e, kind, out);
            if (e == text.length() || line >= toParagraph) {
                return out.build(e);
            }
            // a newline inside a code block keeps the block one span
            out.style(e, e + 1, blocks.inCode() ? CODE_BLOCK : List.of());
            s = e + 1;
            line++;
        }
    }

    /** Offset of the first character of 0-based {@code paragraph} (clamped to the last line). */
    public static int paragraphStart(String text, int paragraph) {
        int s = 0;
        for (int line = 0; line < paragraph; line++) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                break;
            }
            s = e + 1;
        }
        return s;
    }

    private static int lineEnd(String text, int s) {
        int e = text.indexOf('\n', s);
        return e < 0 ? text.length() : e;
    }

    private static void styleLine(String text, int s, int e, BlockScanner.Kind kind, SpanCollector out) {
        switch (kind) {
            case FM_FENCE -> out.style(s, e, FENCE);
            case FM_BODY -> frontmatterLine(text, s, e, out);
            case CODE_FENCE, CODE_BODY -> out.style(s, e, CODE_BLOCK);
            default -> textLine(text, s, e, out);
        }
    }

    private static void frontmatterLine(String text, int s, int e, SpanCollector out) {
        int i = BlockScanner.skipSpaces(text, s, e, Integer.MAX_VALUE);
        if (i < e && text.charAt(i) == '#') {
            out.style(s, e, COMMENT);
            return;
        }
        if (i + 1 < e && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
            i = BlockScanner.skipSpaces(text, i + 1, e, Integer.MAX_VALUE);
        }
        int valueStart = s;
        int colon = keyEnd(text, i, e);
        if (colon >= 0) {
            out.style(i, colon + 1, FM_KEY);
            valueStart = colon + 1;
        }
        int comment = commentStart(text, valueStart, e);
        out.style(valueStart, comment, FM_VALUE);
        out.style(comment, e, COMMENT);
    }

    /** Position of the ':' ending a plain key at {@code i}, or -1. */
    private static int keyEnd(String text, int i, int e) {
        for (int j = i; j < e; j++) {
            char c = text.charAt(j);
            if (c == ':' && (j + 1 == e || text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
                return j > i ? j : -1;
            }
            if (c == '#' || c == '"' || c == '\'' || c == '[' || c == '{') {
                return -1;
            }
        }
        return -1;
    }

    /** Start of a " #" comment outside quotes, or {@code e}. */
    private static int commentStart(String text, int i, int e) {
        char quote = 0;
        for (int j = i; j < e; j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (j == i || Character.isWhitespace(text.charAt(j - 1)))) {
                return j;
            }
        }
        return e;
    }

    private static void textLine(String text, int s, int e, SpanCollector out) {
        int i = BlockScanner.skipSpaces(text, s, e, 3);
        if (i >= e) {
            return;
        }
        int hashes = BlockScanner.run(text, i, e, '#');
        if (hashes >= 1
                && hashes <= 6
                && (i + hashes == e || text.charAt(i + hashes) == ' ' || text.charAt(i + hashes) == '\t')) {
            out.style(s, e, List.of(EditorStyles.HEADING, EditorStyles.heading(hashes)));
            return;
        }
        if (isRule(text, i, e)) {
            out.style(s, e, HR);
            return;
        }
        Collection<String> base = List.of();
        if (text.charAt(i) == '>') {
            base = QUOTE;
            while (i < e && (text.charAt(i) == '>' || text.charAt(i) == ' ')) {
                i++;
            }
            out.style(s, i, QUOTE);
        }
        int markerStart = BlockScanner.skipSpaces(text, i, e, Integer.MAX_VALUE);
        int marker = listMarkerEnd(text, markerStart, e);
        if (marker > 0) {
            out.style(markerStart, marker, InlineScanner.with(base, EditorStyles.LIST_MARKER), base);
            i = marker;
        }
        InlineScanner.scan(text, i, e, base, out);
        out.style(e, e, base, base);
    }

    private static boolean isRule(String text, int i, int e) {
        char c = text.charAt(i);
        if (c != '-' && c != '*' && c != '_') {
            return false;
        }
        int count = 0;
        for (int j = i; j < e; j++) {
            char d = text.charAt(j);
            if (d == c) {
                count++;
            } else if (d != ' ' && d != '\t' && d != '\r') {
                return false;
            }
        }
        return count >= 3;
    }

    /** End of a "- ", "* ", "+ ", "1. " or "1) " marker at {@code i}, or -1. */
    private static int listMarkerEnd(String text, int i, int e) {
        if (i + 1 >= e) {
            return -1;
        }
        char c = text.charAt(i);
        if ((c == '-' || c == '*' || c == '+') && text.charAt(i + 1) == ' ') {
            return i + 1;
        }
        int digits = 0;
        while (i + digits < e && digits < 10 && Character.isDigit(text.charAt(i + digits))) {
            digits++;
        }
        int j = i + digits;
        if (digits > 0 && j + 1 < e && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ') {
            return j + 1;
        }
        return -1;
    }
}
