package dev.postwright.spell;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words of plain prose worth a dictionary look-up. Left out, as no dictionary knows them and a writer
 * means them: numbers and words with digits, ALLCAPS acronyms, camelCase and snake_case identifiers, file names
 * and domains ({@code config.toml}, {@code example.com}), paths, handles and hashtags, single letters, and
 * scripts written without spaces between words (CJK, Thai …). Hyphenated words are split into their parts;
 * possessive {@code 's} and surrounding apostrophes are dropped; contractions stay whole.
 */
public final class WordScanner {

    private WordScanner() {}

    /** The words of {@code text[from, to)}, offsets in {@code text}. */
    public static List<Word> scan(CharSequence text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordStart(c)) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < to) {
                char d = text.charAt(end);
                if (isWordPart(d)) {
                    end++;
                } else if (isJoiner(d) && end + 1 < to && isWordPart(text.charAt(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            add(text, from, to, start, end, out);
            i = end;
        }
        return out;
    }

    private static void add(CharSequence text, int from, int to, int start, int end, List<Word> out) {
        char before = start > from ? text.charAt(start - 1) : ' ';
        char after = end < to ? text.charAt(end) : ' ';
        if (before == '@'
                || before == '#'
                || before == '/'
                || before == '\\'
                || before == '.'
                || before == '_'
                || before == '&'
                || before == '%'
                || before == '~'
                || Character.isDigit(before)
                || after == '/'
                || after == '@'
                || after == '_'
                || after == '('
                || after == '\\'
                || Character.isDigit(after)) {
            return; // part of a path, handle, entity, identifier call or number
        }
        String token = text.subSequence(start, end).toString();
        if (token.indexOf('.') >= 0 || token.indexOf('_') >= 0 || hasDigit(token) || unspacedScript(token)) {
            return;
        }
        token = stripPossessive(token);
        if (token.indexOf('-') < 0) {
            check(token, start, out);
            return;
        }
        int partStart = 0;
        for (int k = 0; k <= token.length(); k++) {
            if (k == token.length() || token.charAt(k) == '-') {
                check(token.substring(partStart, k), start + partStart, out);
                partStart = k + 1;
            }
        }
    }

    private static void check(String word, int start, List<Word> out) {
        if (word.length() < 2 || isAcronym(word) || isMixedCase(word)) {
            return;
        }
        out.add(new Word(start, start + word.length(), word));
    }

    private static String stripPossessive(String t) {
        int n = t.length();
        if (n > 3
                && (t.charAt(n - 2) == '\'' || t.charAt(n - 2) == '\u2019')
                && (t.charAt(n - 1) == 's' || t.charAt(n - 1) == 'S')) {
            return t.substring(0, n - 2);
        }
        return t;
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || c == '_';
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean isAcronym(String s) {
        return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** An upper-case letter after the first: camelCase, iPhone, GitHub, McDonald — names, not typos. */
    private static boolean isMixedCase(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unspacedScript(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO
                    || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR
                    || script == Character.UnicodeScript.TIBETAN;
        });
    }
}
