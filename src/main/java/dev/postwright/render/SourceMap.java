package dev.postwright.render;

import dev.postwright.frontmatter.LineIndex;

/** Maps offsets in a post body to 1-based line/column and offset in the whole file. */
final class SourceMap {
    private final LineIndex lines;
    private final int bodyStartLine;
    private final int bodyStartOffset;

    SourceMap(CharSequence body, int bodyStartLine, int bodyStartOffset) {
        this.lines = new LineIndex(body.toString());
        this.bodyStartLine = bodyStartLine;
        this.bodyStartOffset = bodyStartOffset;
    }

    int line(int bodyOffset) {
        return bodyStartLine + lines.line(bodyOffset) - 1;
    }

    /** 1-based column in UTF-16 chars, the unit JavaFX text controls use. */
    int column(int bodyOffset) {
        return lines.column(bodyOffset);
    }

    int fileOffset(int bodyOffset) {
        return bodyStartOffset + bodyOffset;
    }
}
