package dev.postwright.workspace.rename;

/**
 * Tells code from strings and comments in a JavaScript/TypeScript source, enough to match braces and find
 * object keys in a config file. Template literals are taken as plain strings ({@code ${…}} is not parsed) and
 * regex literals are not recognised: neither is usual in an Astro config's object literal.
 */
final class JsScanner {

    private static final byte CODE = 0;
    private static final byte STRING = 1;
    private static final byte COMMENT = 2;

    private final String text;
    private final byte[] kind;

    JsScanner(String text) {
        this.text = text;
        this.kind = new byte[text.length()];
        classify();
    }

    private void classify() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                mark(i, end, COMMENT);
                i = end;
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                mark(i, end, COMMENT);
                i = end;
            } else if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && (c == '`' || text.charAt(j) != '\n')) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                mark(i, end, STRING);
                i = end;
            } else {
                i++;
            }
        }
    }

    private void mark(int from, int to, byte k) {
        for (int i = from; i < to; i++) {
            kind[i] = k;
        }
    }

    boolean isCode(int offset) {
        return offset >= 0 && offset < kind.length && kind[offset] == CODE;
    }

    /** The offset of the bracket closing the one at {@code open}, or -1. */
    int matching(int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (kind[i] != CODE) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
                if (depth == 0) {
                    return c == closerOf(text.charAt(open)) ? i : -1;
                }
            }
        }
        return -1;
    }

    private static char closerOf(char open) {
        return open == '{' ? '}' : open == '[' ? ']' : ')';
    }

    /** Bracket depth at {@code offset} counted from the bracket at {@code open} (1: directly inside it). */
    int depthAt(int offset, int open) {
        int depth = 0;
        for (int i = open; i < offset; i++) {
            if (kind[i] != CODE) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            }
        }
        return depth;
    }

    /** The last char before {@code pos} that is neither whitespace nor comment, not going below {@code floor}. */
    int lastCodeCharBefore(int pos, int floor) {
        for (int i = pos - 1; i > floor; i--) {
            if (kind[i] != COMMENT && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return floor;
    }

    /** The first char after {@code pos} that is neither whitespace nor comment, or the text's length. */
    int firstCodeCharAfter(int pos) {
        for (int i = pos + 1; i < text.length(); i++) {
            if (kind[i] != COMMENT && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }
}
