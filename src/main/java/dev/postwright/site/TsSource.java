package dev.postwright.site;

import java.util.ArrayList;
import java.util.List;

/** Just enough TypeScript lexing to read a zod schema: comments, string literals and bracket nesting. */
public final class TsSource {

    private TsSource() {}

    /** The source with comments blanked out; newlines stay so offsets and line numbers still match. */
    public static String stripComments(String src) {
        StringBuilder out = new StringBuilder(src);
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(src, i);
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                for (; i < end; i++) {
                    if (src.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past the string literal starting at {@code start}. */
    static int skipString(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** Index of the bracket closing the one at {@code open}, or -1 when the source ends first. */
    static int matching(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }

    /** Splits on {@code sep} outside brackets and strings; blank pieces (trailing commas) are dropped. */
    static List<String> splitTopLevel(String s, char sep) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == sep && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
            i++;
        }
        parts.add(s.substring(from));
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Index of the first {@code c} outside brackets and strings, or -1. */
    static int indexOfTopLevel(String s, char target) {
        int depth = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
                continue;
            }
            if (c == target && depth == 0) {
                return i;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            i++;
        }
        return -1;
    }

    static int lineOf(String s, int index) {
        int line = 1;
        for (int i = 0; i < index && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The value of a quoted literal with simple escapes undone, or null when {@code s} is not one. */
    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2
                && (t.charAt(0) == '"' || t.charAt(0) == '\'' || t.charAt(0) == '`')
                && t.charAt(t.length() - 1) == t.charAt(0)
                && skipString(t, 0) == t.length()) {
            if (t.charAt(0) == '`' && t.contains("${")) {
                return null;
            }
            return t.substring(1, t.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return null;
    }
}
