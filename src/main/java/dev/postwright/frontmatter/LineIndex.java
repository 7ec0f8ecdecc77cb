package dev.postwright.frontmatter;

import java.util.Arrays;

/** Maps char offsets of a text to 1-based lines and columns (a CRLF counts as one break). */
final class LineIndex {

    private final int[] starts;
    private final int length;

    LineIndex(String text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        starts = Arrays.copyOf(s, n);
        length = text.length();
    }

    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    int lineStart(int line) {
        return line - 1 < starts.length ? starts[line - 1] : length;
    }

    /** Offset just past the line ending of the line holding {@code offset}, or the text length. */
    int nextLineStart(int offset) {
        int line = line(offset);
        return line < starts.length ? starts[line] : length;
    }

    int lineCount() {
        return starts.length;
    }
}
