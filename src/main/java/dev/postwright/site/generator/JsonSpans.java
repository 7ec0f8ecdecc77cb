package dev.postwright.site.generator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Top-level members of a JSON front matter object, found by scanning, and setting one by splicing its value. */
final class JsonSpans {

    private JsonSpans() {}

    /** The offset just past the object that opens the text, or -1 when it is not closed. */
    static int objectEnd(String text) {
        return valueEnd(text, 0);
    }

    static String set(String text, String key, Object value) {
        int end = objectEnd(text);
        int i = skip(text, 1);
        int lastValueEnd = -1;
        String indent = "  ";
        while (i < end - 1 && text.charAt(i) == '"') {
            int keyEnd = valueEnd(text, i);
            String name = text.substring(i + 1, keyEnd - 1);
            int lineStart = text.lastIndexOf('\n', i) + 1;
            if (lastValueEnd < 0 && lineStart > 0) {
                indent = text.substring(lineStart, i).isBlank() ? text.substring(lineStart, i) : indent;
            }
            int colon = skip(text, keyEnd);
            int start = skip(text, colon + 1);
            int valueEnd = valueEnd(text, start);
            if (name.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return text.substring(0, start) + render(value) + text.substring(valueEnd);
            }
            lastValueEnd = valueEnd;
            i = skip(text, valueEnd);
            if (i < end && text.charAt(i) == ',') {
                i = skip(text, i + 1);
            }
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String member = "\"" + escape(key) + "\": " + render(value);
        if (lastValueEnd < 0) {
            return "{" + nl + indent + member + nl + "}" + text.substring(end);
        }
        return text.substring(0, lastValueEnd) + "," + nl + indent + member + text.substring(lastValueEnd);
    }

    private static int skip(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the JSON value starting at {@code i}: a string, an array or object, or a bare word. */
    private static int valueEnd(String text, int i) {
        if (i >= text.length()) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '"') {
            for (int j = i + 1; j < text.length(); j++) {
                char d = text.charAt(j);
                if (d == '\\') {
                    j++;
                } else if (d == '"') {
                    return j + 1;
                }
            }
            return -1;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int j = i; j < text.length(); j++) {
                char d = text.charAt(j);
                if (d == '"') {
                    int close = valueEnd(text, j);
                    if (close < 0) {
                        return -1;
                    }
                    j = close - 1;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if ((d == '}' || d == ']') && --depth == 0) {
                    return j + 1;
                }
            }
            return -1;
        }
        int j = i;
        while (j < text.length() && ",}] \t\r\n".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    private static String render(Object value) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof List<?> items) {
            return items.stream()
                    .map(i -> "\"" + escape(String.valueOf(i)) + "\"")
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return "\"" + escape(String.valueOf(value)) + "\"";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
