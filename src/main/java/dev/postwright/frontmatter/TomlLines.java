package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately partial, line-based reader of TOML frontmatter (Hugo's {@code +++} blocks), enough for the site
 * index: top-level {@code key = "text"}, {@code 'text'}, {@code true}/{@code false}, numbers, dates and arrays of
 * strings (one line or several). Tables ({@code [params]}), inline tables and multi-line strings are skipped, so
 * a key this reader does not understand is simply absent. Never throws.
 */
final class TomlLines {

    private static final Pattern KEY_VALUE =
            Pattern.compile("^[ \\t]*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)[ \\t]*=[ \\t]*(.*)$");
    private static final Pattern DATE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|z|[-+]\\d{2}:\\d{2})?)?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private TomlLines() {}

    /** Entries of the top-level keys in {@code [from, to)} of {@code text} (the lines between the fences). */
    static List<FrontmatterDocument.Entry> read(String text, int from, int to, LineIndex lines) {
        List<FrontmatterDocument.Entry> entries = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            int end = lineEnd(text, pos, to);
            String line = text.substring(pos, end);
            String stripped = line.strip();
            if (stripped.startsWith("[")) {
                break; // a [table] header: everything after it belongs to tables, not to the top level
            }
            Matcher m = KEY_VALUE.matcher(stripRn(line));
            if (!m.matches() || stripped.startsWith("#")) {
                pos = next(text, end, to);
                continue;
            }
            String key = unquoteKey(m.group(1));
            int valueStart = pos + m.start(2);
            String valueText = m.group(2);
            int valueEnd = end;
            if (valueText.startsWith("[") && !closesArray(valueText)) {
                // a multi-line array: read on to the line holding the closing bracket
                int scan = next(text, end, to);
                while (scan < to) {
                    int e = lineEnd(text, scan, to);
                    valueEnd = e;
                    if (closesArray(text.substring(scan, e))) {
                        break;
                    }
                    scan = next(text, e, to);
                }
                valueText = text.substring(valueStart, valueEnd);
            }
            int line1 = lines.line(valueStart);
            int col1 = lines.column(valueStart);
            YamlValue value = value(valueText.strip(), line1, col1);
            if (value != null) {
                entries.add(new FrontmatterDocument.Entry(
                        key,
                        lines.line(pos),
                        lines.column(pos + m.start(1)),
                        line1,
                        col1,
                        pos,
                        next(text, valueEnd, to),
                        value));
            }
            pos = next(text, valueEnd, to);
        }
        return entries;
    }

    private static int lineEnd(String text, int pos, int to) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 || nl > to ? to : nl;
    }

    private static int next(String text, int lineEnd, int to) {
        return Math.min(to, lineEnd + 1);
    }

    private static String stripRn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String unquoteKey(String key) {
        return key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                ? key.substring(1, key.length() - 1)
                : key;
    }

    private static boolean closesArray(String text) {
        return withoutComment(text).strip().endsWith("]");
    }

    /** Drops a trailing {@code # comment} outside quotes. */
    private static String withoutComment(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** The value, or null when this reader does not understand it (the key is then left out). */
    private static YamlValue value(String raw, int line, int column) {
        if (raw.startsWith("[")) {
            int close = raw.lastIndexOf(']');
            return close < 0 ? null : array(raw.substring(1, close), line, column);
        }
        String v = withoutComment(raw).strip();
        if (v.startsWith("\"\"\"") || v.startsWith("'''") || v.startsWith("{")) {
            return null;
        }
        if (v.startsWith("\"") || v.startsWith("'")) {
            String s = string(v);
            return s == null
                    ? null
                    : new YamlValue.Scalar(
                            s,
                            v.startsWith("\"") ? ScalarStyle.DOUBLE : ScalarStyle.SINGLE,
                            ScalarKind.STRING,
                            v,
                            line,
                            column);
        }
        if (v.equals("true") || v.equals("false")) {
            return new YamlValue.Scalar(v, ScalarStyle.PLAIN, ScalarKind.BOOLEAN, v, line, column);
        }
        if (DATE.matcher(v).matches()) {
            return new YamlValue.Scalar(v, ScalarStyle.PLAIN, ScalarKind.TIMESTAMP, v, line, column);
        }
        if (NUMBER.matcher(v).matches()) {
            String n = v.replace("_", "");
            ScalarKind kind = n.matches("[-+]?\\d+") ? ScalarKind.INTEGER : ScalarKind.FLOAT;
            return new YamlValue.Scalar(n, ScalarStyle.PLAIN, kind, v, line, column);
        }
        return null;
    }

    /** An array of strings; null when an item is not a string. */
    private static YamlValue array(String inner, int line, int column) {
        List<YamlValue> items = new ArrayList<>();
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '#') {
                int nl = inner.indexOf('\n', i);
                i = nl < 0 ? inner.length() : nl + 1;
            } else if (c == '"' || c == '\'') {
                int end = closingQuote(inner, i);
                if (end < 0) {
                    return null;
                }
                String s = string(inner.substring(i, end + 1));
                if (s == null) {
                    return null;
                }
                items.add(new YamlValue.Scalar(
                        s,
                        c == '"' ? ScalarStyle.DOUBLE : ScalarStyle.SINGLE,
                        ScalarKind.STRING,
                        inner.substring(i, end + 1),
                        line,
                        column));
                i = end + 1;
            } else {
                return null;
            }
        }
        return new YamlValue.Sequence(items, true, line, column);
    }

    private static int closingQuote(String s, int open) {
        char q = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && q == '"') {
                i++;
            } else if (c == q) {
                return i;
            }
        }
        return -1;
    }

    /** A one-line basic ("…", with the common escapes) or literal ('…') string; null when not closed. */
    private static String string(String v) {
        int end = closingQuote(v, 0);
        if (end < 0) {
            return null;
        }
        String body = v.substring(1, end);
        if (v.charAt(0) == '\'') {
            return body;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    String hex = body.length() >= i + 5 ? body.substring(i + 1, i + 5) : "";
                    if (hex.matches("[0-9A-Fa-f]{4}")) {
                        out.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
