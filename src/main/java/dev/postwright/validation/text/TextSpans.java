package dev.postwright.validation.text;

/** One-off offset ↔ line/column conversions; use {@link LineIndex} for many lookups in one text. */
public final class TextSpans {

    private TextSpans() {
    }

    /** {1-based line, 1-based column (UTF-16 units)} of {@code offset}, clamped to the text. */
    public static int[] lineColumn(String text, int offset) {
        return new LineIndex(text).lineColumn(offset);
    }

    /** Offset of a 1-based line and column, clamped as {@link LineIndex#offset(int, int)} does. */
    public static int offset(String text, int line, int column) {
        return new LineIndex(text).offset(line, column);
    }
}
