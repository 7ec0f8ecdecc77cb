package dev.postwright.frontmatter;

import java.util.Arrays;

/**
 * Line starts of one text, precomputed so offset ↔ line/column lookups are a binary search.
 * Line breaks are {@code \n}, {@code \r\n} (one break) and a lone {@code \r} — what YAML 1.2, CommonMark
 * (flexmark) and the editor's paragraphs all count, so a reported line is the one the writer sees. Lines and
 * columns are 1-based and columns count UTF-16 units.
 */
public final class LineIndex {

    private final String text;
    private final int length;
    private final int[] starts;

    public LineIndex(String text) {
        this.text = text;
        this.length = text.length();
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                continue; // the break ends at the '\n'
            }
            if (c == '\n' || c == '\r') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /** Number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return starts.length;
    }

    /** 1-based line of an offset; the offset is clamped to {@code [0, length]}. */
    public int line(int offset) {
        return index(offset) + 1;
    }

    /** 1-based column of an offset; the offset is clamped to {@code [0, length]}. */
    public int column(int offset) {
        int o = clamp(offset);
        return o - starts[index(o)] + 1;
    }

    /** {1-based line, 1-based column} of an offset; the offset is clamped to {@code [0, length]}. */
    public int[] lineColumn(int offset) {
        int o = clamp(offset);
        int i = index(o);
        return new int[] {i + 1, o - starts[i] + 1};
    }

    /** Offset of the first char of a 1-based line; a line past the last gives the text length. */
    public int lineStart(int line) {
        int l = Math.max(1, line);
        return l - 1 < starts.length ? starts[l - 1] : length;
    }

    /** Offset just past the line ending of the line holding {@code offset}, or the text length. */
    public int nextLineStart(int offset) {
        int line = line(offset);
        return line < starts.length ? starts[line] : length;
    }

    /**
     * Offset of a 1-based line and column. Out-of-range values are clamped: line to the
     * existing lines, column to {@code [1, one past the line's last char]} — never into the
     * line break or the next line.
     */
    public int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, starts.length));
        int start = starts[l - 1];
        int end = contentEnd(l);
        return Math.min(start + Math.max(1, column) - 1, end);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }

    private int index(int offset) {
        int i = Arrays.binarySearch(starts, clamp(offset));
        return i >= 0 ? i : -i - 2;
    }

    private int contentEnd(int line) {
        int end = line < starts.length ? starts[line] : length;
        if (end > starts[line - 1] && line < starts.length) {
            end--; // drop '\n' or lone '\r'
            if (end > starts[line - 1] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end;
    }
}
