package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a TOML 1.0 front matter block that tomlj has already validated (see {@link TomlCheck}) into
 * {@link YamlValue}s and records where every top-level key, value and array item sits, so that an edit can splice
 * just those characters. tomlj gives keys' positions but not values' extents nor comments, which a lossless writer
 * needs; hence this reader (docs/decisions/0002-toml-front-matter.md).
 */
final class TomlReader {

    /** Entries in source order, their spans by key, and where a new top-level key goes (before any table). */
    record Result(List<FrontmatterDocument.Entry> entries, Map<String, SourceSpan> spans, int rootEnd) {}

    /** The reader met something it does not know; TOML that tomlj accepted should never get here. */
    static final class Unreadable extends RuntimeException {
        final int offset;

        Unreadable(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    static final Pattern DATE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[-+]\\d{2}:\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9](_?\\d)*)");
    private static final Pattern RADIX =
            Pattern.compile("0x[0-9A-Fa-f](_?[0-9A-Fa-f])*|0o[0-7](_?[0-7])*|0b[01](_?[01])*");
    private static final Pattern FLOAT =
            Pattern.compile("[-+]?(0|[1-9](_?\\d)*)(\\.\\d(_?\\d)*)?([eE][-+]?\\d(_?\\d)*)?|[-+]?(inf|nan)");

    /** A table being built: keys in source order; values are YamlValues, Tables or lists of Tables. */
    private static final class Table {
        final Map<String, Object> map = new LinkedHashMap<>();
        final int line;
        final int column;
        final boolean inline;

        Table(int line, int column, boolean inline) {
            this.line = line;
            this.column = column;
            this.inline = inline;
        }
    }

    private static final class EntryBuilder {
        String key;
        int line;
        int column;
        int valueLine;
        int valueColumn;
        int start;
        int end;
    }

    private final String text;
    private final int to;
    private final LineIndex lines;
    private final Table root;
    private final List<EntryBuilder> builders = new ArrayList<>();
    private final Map<String, SourceSpan> spans = new LinkedHashMap<>();
    private int pos;
    private int rootEnd;

    private TomlReader(String text, int from, int to, LineIndex lines) {
        this.text = text;
        this.to = to;
        this.lines = lines;
        this.pos = from;
        this.rootEnd = from;
        this.root = new Table(lines.line(from), 1, false);
    }

    /** Reads the block {@code [from, to)} of {@code text}; throws {@link Unreadable} on what it does not know. */
    static Result read(String text, int from, int to, LineIndex lines) {
        return new TomlReader(text, from, to, lines).read();
    }

    private Result read() {
        Table current = root;
        EntryBuilder openTable = null;
        while (pos < to) {
            skipBlanks();
            if (pos >= to) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '\r' || c == '\n' || c == '#') {
                endOfLine();
                continue;
            }
            int lineStart = lines.lineStart(lines.line(pos));
            if (c == '[') {
                if (openTable != null) {
                    openTable.end = lineStart;
                }
                boolean array = text.startsWith("[[", pos);
                pos += array ? 2 : 1;
                int keyAt = skipBlanksAt();
                List<String> path = key();
                skipBlanks();
                expect(array ? "]]" : "]");
                current = header(path, array, lines.line(keyAt), lines.column(keyAt));
                openTable = spans.containsKey(path.get(0)) ? null : builder(path.get(0), lineStart, keyAt, keyAt);
                if (openTable != null) {
                    spans.put(path.get(0), new SourceSpan(keyAt, keyAt, keyAt, keyAt, List.of(), false));
                }
                endOfLine();
                continue;
            }
            int keyStart = pos;
            List<String> path = key();
            int keyEnd = trimEnd(pos);
            skipBlanks();
            expect("=");
            skipBlanks();
            int valueStart = pos;
            List<SourceSpan.Item> items = new ArrayList<>();
            YamlValue value = value(items);
            int valueEnd = pos;
            put(current, path, value);
            endOfLine();
            if (current == root && !spans.containsKey(path.get(0))) {
                EntryBuilder b = builder(path.get(0), lineStart, keyStart, valueStart);
                b.end = pos;
                rootEnd = pos;
                spans.put(path.get(0), new SourceSpan(keyStart, keyEnd, valueStart, valueEnd, items, path.size() == 1));
            } else if (current == root) {
                rootEnd = pos;
            }
        }
        if (openTable != null) {
            openTable.end = to;
        }
        List<FrontmatterDocument.Entry> entries = new ArrayList<>();
        for (EntryBuilder b : builders) {
            entries.add(new FrontmatterDocument.Entry(
                    b.key, b.line, b.column, b.valueLine, b.valueColumn, b.start, b.end, convert(root.map.get(b.key))));
        }
        return new Result(entries, spans, rootEnd);
    }

    private EntryBuilder builder(String key, int start, int keyAt, int valueAt) {
        EntryBuilder b = new EntryBuilder();
        b.key = key;
        b.line = lines.line(keyAt);
        b.column = lines.column(keyAt);
        b.valueLine = lines.line(valueAt);
        b.valueColumn = lines.column(valueAt);
        b.start = start;
        b.end = lines.nextLineStart(keyAt);
        builders.add(b);
        return b;
    }

    // ---- tables ----

    private Table header(List<String> path, boolean array, int line, int column) {
        Table t = root;
        for (int i = 0; i < path.size() - 1; i++) {
            t = child(t, path.get(i), line, column);
        }
        String last = path.get(path.size() - 1);
        if (array) {
            Object existing = t.map.get(last);
            @SuppressWarnings("unchecked")
            List<Table> list = existing instanceof List<?> l ? (List<Table>) l : new ArrayList<>();
            t.map.put(last, list);
            Table next = new Table(line, column, false);
            list.add(next);
            return next;
        }
        return child(t, last, line, column);
    }

    /** The sub-table {@code key} of {@code t} (the last one for an array of tables), made when absent. */
    private Table child(Table t, String key, int line, int column) {
        Object existing = t.map.get(key);
        if (existing instanceof Table child) {
            return child;
        }
        if (existing instanceof List<?> list && !list.isEmpty()) {
            return (Table) list.get(list.size() - 1);
        }
        if (existing != null) {
            throw new Unreadable("'" + key + "' is both a value and a table", pos);
        }
        Table child = new Table(line, column, t.inline);
        t.map.put(key, child);
        return child;
    }

    private void put(Table t, List<String> path, Object value) {
        Table target = t;
        for (int i = 0; i < path.size() - 1; i++) {
            target = child(target, path.get(i), lines.line(pos), 1);
        }
        target.map.put(path.get(path.size() - 1), value);
    }

    @SuppressWarnings("unchecked")
    private static YamlValue convert(Object o) {
        if (o instanceof YamlValue v) {
            return v;
        }
        if (o instanceof Table t) {
            List<YamlValue.MappingEntry> entries = new ArrayList<>();
            t.map.forEach((k, v) -> entries.add(new YamlValue.MappingEntry(k, convert(v))));
            return new YamlValue.Mapping(entries, t.inline, t.line, t.column);
        }
        List<YamlValue> items = new ArrayList<>();
        List<Table> tables = (List<Table>) o;
        for (Table t : tables) {
            items.add(convert(t));
        }
        return new YamlValue.Sequence(items, false, tables.get(0).line, tables.get(0).column);
    }

    // ---- keys ----

    private List<String> key() {
        List<String> path = new ArrayList<>();
        while (true) {
            skipBlanks();
            char c = at(pos);
            if (c == '"') {
                int start = pos;
                pos = closing(pos, '"');
                path.add(unescape(text.substring(start + 1, pos - 1), start));
            } else if (c == '\'') {
                int start = pos;
                pos = closing(pos, '\'');
                path.add(text.substring(start + 1, pos - 1));
            } else {
                int start = pos;
                while (pos < to && isBareKeyChar(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new Unreadable("a key is expected", pos);
                }
                path.add(text.substring(start, pos));
            }
            int afterKey = pos;
            skipBlanks();
            if (at(pos) != '.') {
                pos = afterKey;
                return path;
            }
            pos++;
        }
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    // ---- values ----

    private YamlValue value(List<SourceSpan.Item> items) {
        int start = pos;
        int line = lines.line(start);
        int column = lines.column(start);
        char c = at(pos);
        if (text.startsWith("\"\"\"", pos) || text.startsWith("'''", pos)) {
            char q = c;
            pos = multiLineEnd(pos + 3, q);
            String inner = text.substring(start + 3, pos - 3);
            inner = inner.startsWith("\r\n") ? inner.substring(2) : inner.startsWith("\n") ? inner.substring(1) : inner;
            inner = inner.replace("\r\n", "\n");
            String value = q == '"' ? unescape(inner, start) : inner;
            return scalar(value, ScalarStyle.LITERAL, ScalarKind.STRING, start, line, column);
        }
        if (c == '"' || c == '\'') {
            pos = closing(pos, c);
            String inner = text.substring(start + 1, pos - 1);
            return scalar(
                    c == '"' ? unescape(inner, start) : inner,
                    c == '"' ? ScalarStyle.DOUBLE : ScalarStyle.SINGLE,
                    ScalarKind.STRING,
                    start,
                    line,
                    column);
        }
        if (c == '[') {
            return array(items, line, column);
        }
        if (c == '{') {
            return convert(inlineTable(line, column));
        }
        return bare(start, line, column);
    }

    private YamlValue.Scalar scalar(String value, ScalarStyle style, ScalarKind kind, int start, int l, int c) {
        return new YamlValue.Scalar(value, style, kind, text.substring(start, pos), l, c);
    }

    private YamlValue array(List<SourceSpan.Item> items, int line, int column) {
        pos++;
        List<YamlValue> values = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (at(pos) == ']') {
                pos++;
                return new YamlValue.Sequence(values, true, line, column);
            }
            int itemStart = pos;
            values.add(value(new ArrayList<>()));
            items.add(new SourceSpan.Item(itemStart, pos));
            skipWhitespaceAndComments();
            if (at(pos) == ',') {
                pos++;
            } else if (at(pos) != ']') {
                throw new Unreadable("',' or ']' is expected in the array", pos);
            }
        }
    }

    private Table inlineTable(int line, int column) {
        pos++;
        Table t = new Table(line, column, true);
        skipBlanks();
        if (at(pos) == '}') {
            pos++;
            return t;
        }
        while (true) {
            List<String> path = key();
            skipBlanks();
            expect("=");
            skipBlanks();
            put(t, path, value(new ArrayList<>()));
            skipBlanks();
            if (at(pos) == '}') {
                pos++;
                return t;
            }
            expect(",");
        }
    }

    private YamlValue bare(int start, int line, int column) {
        while (pos < to && !isValueEnd(text.charAt(pos))) {
            pos++;
        }
        // a datetime may use a space between date and time: 1979-05-27 07:32:00
        if (pos - start == 10 && pos + 3 < to && text.charAt(pos) == ' ' && Character.isDigit(text.charAt(pos + 1))) {
            pos++;
            while (pos < to && !isValueEnd(text.charAt(pos))) {
                pos++;
            }
        }
        String v = text.substring(start, pos);
        if (v.equals("true") || v.equals("false")) {
            return scalar(v, ScalarStyle.PLAIN, ScalarKind.BOOLEAN, start, line, column);
        }
        if (DATE.matcher(v).matches()) {
            return scalar(v, ScalarStyle.PLAIN, ScalarKind.TIMESTAMP, start, line, column);
        }
        if (TIME.matcher(v).matches()) {
            return scalar(v, ScalarStyle.PLAIN, ScalarKind.STRING, start, line, column);
        }
        if (INTEGER.matcher(v).matches()) {
            return scalar(v.replace("_", ""), ScalarStyle.PLAIN, ScalarKind.INTEGER, start, line, column);
        }
        if (RADIX.matcher(v).matches()) {
            int radix = v.charAt(1) == 'x' ? 16 : v.charAt(1) == 'o' ? 8 : 2;
            String digits = v.substring(2).replace("_", "");
            return scalar(
                    Long.toString(Long.parseUnsignedLong(digits, radix)),
                    ScalarStyle.PLAIN,
                    ScalarKind.INTEGER,
                    start,
                    line,
                    column);
        }
        if (FLOAT.matcher(v).matches()) {
            return scalar(v.replace("_", ""), ScalarStyle.PLAIN, ScalarKind.FLOAT, start, line, column);
        }
        throw new Unreadable("'" + v + "' is not a TOML value", start);
    }

    private static boolean isValueEnd(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}' || c == '#';
    }

    // ---- strings ----

    /** Offset just past the quote closing the one-line string opened at {@code open}. */
    private int closing(int open, char q) {
        for (int i = open + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && q == '"') {
                i++;
            } else if (c == q) {
                return i + 1;
            } else if (c == '\n') {
                break;
            }
        }
        throw new Unreadable("a string is not closed", open);
    }

    /** Offset just past the closing {@code """} or {@code '''} (up to two more quotes belong to the content). */
    private int multiLineEnd(int from, char q) {
        String fence = q == '"' ? "\"\"\"" : "'''";
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && q == '"') {
                i++;
            } else if (text.startsWith(fence, i)) {
                int end = i + 3;
                while (end < to && end - i < 5 && text.charAt(end) == q) {
                    end++;
                }
                return end;
            }
        }
        throw new Unreadable("a multi-line string is not closed", from);
    }

    /** The value of a basic string's content: escapes resolved, a line-ending backslash trims what follows. */
    private static String unescape(String s, int at) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + n), 16));
                    i += n;
                }
                default -> {
                    if (!Character.isWhitespace(e)) {
                        throw new Unreadable("unknown escape \\" + e, at);
                    }
                    while (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                        i++;
                    }
                }
            }
        }
        return out.toString();
    }

    // ---- blanks ----

    private char at(int i) {
        return i < to ? text.charAt(i) : '\0';
    }

    private void skipBlanks() {
        while (pos < to && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private int skipBlanksAt() {
        skipBlanks();
        return pos;
    }

    private int trimEnd(int end) {
        int e = end;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        return e;
    }

    private void skipWhitespaceAndComments() {
        while (pos < to) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '#') {
                while (pos < to && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    /** Past blanks, an optional comment and the line ending. */
    private void endOfLine() {
        skipBlanks();
        if (at(pos) == '#') {
            while (pos < to && text.charAt(pos) != '\n') {
                pos++;
            }
        }
        if (at(pos) == '\r') {
            pos++;
        }
        if (pos < to && text.charAt(pos) != '\n') {
            throw new Unreadable("the line goes on after its value", pos);
        }
        if (pos < to) {
            pos++;
        }
    }

    private void expect(String s) {
        if (!text.startsWith(s, pos) || pos + s.length() > to) {
            throw new Unreadable("'" + s + "' is expected", pos);
        }
        pos += s.length();
    }
}
