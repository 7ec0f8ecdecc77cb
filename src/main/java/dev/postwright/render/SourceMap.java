package dev.postwright.render;

import java.util.Arrays;

/** Maps offsets in a post body to 1-based line/column and offset in the whole file. */
final class SourceMap {
    private final int[] lineStarts;
    private final int bodyStartLine;
    private final int bodyStartOffset;

    SourceMap(CharSequence body, int bodyStartLine, int bodyStartOffset) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.bodyStartLine = bodyStartLine;
        this.bodyStartOffset = bodyStartOffset;
    }

    private int index(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int line(int bodyOffset) {
        return bodyStartLine + index(bodyOffset);
    }

    /** 1-based column in UTF-16 chars, the unit JavaFX text controls use. */
    int column(int bodyOffset) {
        return bodyOffset - lineStarts[index(bodyOffset)] + 1;
    }

    int fileOffset(int bodyOffset) {
        return bodyStartOffset + bodyOffset;
    }
}
