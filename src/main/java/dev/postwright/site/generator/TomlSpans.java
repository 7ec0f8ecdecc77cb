package dev.postwright.site.generator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a top-level TOML value starts and ends in an archetype's front matter, and how a new one is written. */
final class TomlSpans {

    private TomlSpans() {}

    /** Where the value of a {@code key = …} line starts in the line, or -1 when the line sets another key. */
    static int valueStart(String line, String key) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        String rest = line.substring(i).toLowerCase(Locale.ROOT);
        String k = key.toLowerCase(Locale.ROOT);
        int after = -1;
        for (String form : List.of(k, "\"" + k + "\"", "'" + k + "'")) {
            if (rest.startsWith(form)) {
                after = i + form.length();
                break;
            }
        }
        if (after < 0) {
            return -1;
        }
        while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
            after++;
        }
        if (after >= line.length() || line.charAt(after) != '=') {
            return -1;
        }
        after++;
        while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
            after++;
        }
        return after;
    }

    /**
     * The end of the value starting at {@code start}: past its closing quote, bracket or brace (multi-line strings
     * and arrays included), else before a comment or the line's end; never past {@code limit}.
     */
    static int valueEnd(String text, int start, int limit) {
        int i = start;
        if (text.startsWith("\"\"\"", i) || text.startsWith("'''", i)) {
            String q = text.substring(i, i + 3);
            int close = text.indexOf(q, i + 3);
            return close < 0 || close > limit ? ArchetypeFields.lineEnd(text, start) : close + 3;
        }
        char c = i < limit ? text.charAt(i) : '\n';
        if (c == '"' || c == '\'') {
            int close = stringEnd(text, i, limit);
            return close < 0 ? ArchetypeFields.lineEnd(text, start) : close;
        }
        if (c == '[' || c == '{') {
            int depth = 0;
            for (; i < limit; i++) {
                char d = text.charAt(i);
                if (d == '"' || d == '\'') {
                    int close = stringEnd(text, i, limit);
                    if (close < 0) {
                        break;
                    }
                    i = close - 1;
                } else if (d == '#') {
                    i = text.indexOf('\n', i) < 0 ? limit : text.indexOf('\n', i);
                } else if (d == '[' || d == '{') {
                    depth++;
                } else if ((d == ']' || d == '}') && --depth == 0) {
                    return i + 1;
                }
            }
            return ArchetypeFields.lineEnd(text, start);
        }
        int end = ArchetypeFields.lineEnd(text, start);
        int hash = text.indexOf('#', start);
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int stringEnd(String text, int open, int limit) {
        char q = text.charAt(open);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (q == '"' && c == '\\') {
                i++;
            } else if (c == q) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A TOML value; strings in the quotes the old value used, single (Hugo's choice) when it had none. */
    static String render(Object value, String old) {
        boolean doubles = old.startsWith("\"") || old.matches("(?s)\\[\\s*\".*");
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof List<?> items) {
            return items.stream()
                    .map(i -> string(String.valueOf(i), doubles))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return string(String.valueOf(value), doubles);
    }

    private static String string(String s, boolean doubles) {
        boolean literalSafe = s.chars().noneMatch(c -> c == '\'' || c < 0x20 && c != '\t' || c == 0x7f);
        if (!doubles && literalSafe) {
            return "'" + s + "'";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
