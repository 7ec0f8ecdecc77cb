package dev.postwright.render;

/** Reading time as npm reading-time reports it for AstroPaper: 200 words a minute, rounded up. */
public final class ReadingTime {
    private static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {}

    /** Whole minutes, at least 1. */
    public static int minutes(String body) {
        return minutesFor(words(body));
    }

    /** Whole minutes for a word count already made, at least 1. */
    public static int minutesFor(int words) {
        return Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE));
    }

    /** Words: runs of non-space characters with a letter or digit; each CJK character counts as a word, as reading-time does. */
    public static int words(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                words++;
                inWord = false;
            } else if (Character.isWhitespace(cp)) {
                inWord = false;
            } else {
                if (!inWord) {
                    inWord = true;
                    counted = false;
                }
                // Markdown markers ("-", "##", "|") are not words; a run counts once it has a letter or digit.
                if (!counted && Character.isLetterOrDigit(cp)) {
                    counted = true;
                    words++;
                }
            }
        }
        return words;
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false; // below the first of these scripts (Hangul Jamo): most text, without the script lookup
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }
}
