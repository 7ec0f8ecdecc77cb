package dev.postwright.ui.editor;

/**
 * Line-by-line state machine for the constructs that span lines (frontmatter, fenced code).
 * It looks only at the start of each line, so scanning up to an edited paragraph stays cheap.
 */
final class BlockScanner {
    /** What a line is, as far as multi-line constructs go. */
    enum Kind {
        FM_FENCE,
        FM_BODY,
        CODE_FENCE,
        CODE_BODY,
        TEXT
    }

    private enum State {
        START,
        FRONTMATTER,
        CODE,
        TEXT
    }

    private State state = State.START;
    private char fenceChar;
    private int fenceLength;

    /** True while inside a fenced code block, so the newline after this line belongs to it too. */
    boolean inCode() {
        return state == State.CODE;
    }

    /** Classifies the line [s, e) of {@code text} and advances the state. */
    Kind next(CharSequence text, int s, int e) {
        switch (state) {
            case START:
                state = State.TEXT;
                if (isFrontmatterFence(text, s, e, false)) {
                    state = State.FRONTMATTER;
                    return Kind.FM_FENCE;
                }
                return text(text, s, e);
            case FRONTMATTER:
                if (isFrontmatterFence(text, s, e, true)) {
                    state = State.TEXT;
                    return Kind.FM_FENCE;
                }
                return Kind.FM_BODY;
            case CODE:
                if (closesFence(text, s, e)) {
                    state = State.TEXT;
                }
                return state == State.CODE ? Kind.CODE_BODY : Kind.CODE_FENCE;
            default:
                return text(text, s, e);
        }
    }

    private Kind text(CharSequence text, int s, int e) {
        int i = skipSpaces(text, s, e, 3);
        if (i + 3 > e) {
            return Kind.TEXT;
        }
        char c = text.charAt(i);
        if (c != '`' && c != '~') {
            return Kind.TEXT;
        }
        int run = run(text, i, e, c);
        if (run < 3) {
            return Kind.TEXT;
        }
        if (c == '`') {
            // CommonMark: a backtick fence's info string may not contain backticks (that is inline code)
            for (int j = i + run; j < e; j++) {
                if (text.charAt(j) == '`') {
                    return Kind.TEXT;
                }
            }
        }
        state = State.CODE;
        fenceChar = c;
        fenceLength = run;
        return Kind.CODE_FENCE;
    }

    private boolean closesFence(CharSequence text, int s, int e) {
        int i = skipSpaces(text, s, e, 3);
        int run = run(text, i, e, fenceChar);
        return run >= fenceLength && isBlank(text, i + run, e);
    }

    private static boolean isFrontmatterFence(CharSequence text, int s, int e, boolean allowDots) {
        if (e - s < 3) {
            return false;
        }
        String head = text.subSequence(s, s + 3).toString();
        return (head.equals("---") || allowDots && head.equals("...")) && isBlank(text, s + 3, e);
    }

    static int skipSpaces(CharSequence text, int i, int e, int max) {
        int limit = Math.min(e, i + max);
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static int run(CharSequence text, int i, int e, char c) {
        int j = i;
        while (j < e && text.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    static boolean isBlank(CharSequence text, int i, int e) {
        for (; i < e; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
