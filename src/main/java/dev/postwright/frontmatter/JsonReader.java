package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON front matter object (Hugo's {@code { … }} block) into {@link YamlValue}s, recording where each
 * top-level member's key, value and array items sit so an edit splices only them. Hand-written: the JSON parsers
 * on the class path give values, not the extents of their source text (decision 0002). Never throws.
 */
final class JsonReader {

    /** Members in order with their spans, or the first syntax error. */
    record Result(
            List<FrontmatterDocument.Entry> entries, Map<String, SourceSpan> spans, Optional<YamlProblem> problem) {}

    private static final class Bad extends RuntimeException {
        final int offset;

        Bad(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private final String text;
    private final int to;
    private final LineIndex lines;
    private int pos;
    private int depth;

    private JsonReader(String text, int to, LineIndex lines) {
        this.text = text;
        this.to = to;
        this.lines = lines;
    }

    /** Reads the object {@code [0, to)} of {@code text}. */
    static Result read(String text, int to, LineIndex lines) {
        JsonReader r = new JsonReader(text, to, lines);
        try {
            return r.object();
        } catch (Bad e) {
            int at = Math.min(e.offset, Math.max(0, to - 1));
            return new Result(
                    List.of(),
                    Map.of(),
                    Optional.of(new YamlProblem(e.getMessage(), lines.line(at), lines.column(at))));
        }
    }

    private Result object() {
        List<FrontmatterDocument.Entry> entries = new ArrayList<>();
        Map<String, SourceSpan> spans = new LinkedHashMap<>();
        skipWhitespace();
        expect('{');
        skipWhitespace();
        if (at() == '}') {
            return new Result(entries, spans, Optional.empty());
        }
        while (true) {
            skipWhitespace();
            int keyStart = pos;
            String key = string();
            int keyEnd = pos;
            skipWhitespace();
            expect(':');
            skipWhitespace();
            int valueStart = pos;
            List<SourceSpan.Item> items = new ArrayList<>();
            YamlValue value = value(items);
            int valueEnd = pos;
            if (spans.containsKey(key)) {
                throw new Bad("the key \"" + key + "\" is written twice", keyStart);
            }
            spans.put(key, new SourceSpan(keyStart, keyEnd, valueStart, valueEnd, items, true));
            entries.add(new FrontmatterDocument.Entry(
                    key,
                    lines.line(keyStart),
                    lines.column(keyStart),
                    lines.line(valueStart),
                    lines.column(valueStart),
                    keyStart,
                    valueEnd,
                    value));
            skipWhitespace();
            if (at() == ',') {
                pos++;
                continue;
            }
            expect('}');
            return new Result(entries, spans, Optional.empty());
        }
    }

    private YamlValue value(List<SourceSpan.Item> items) {
        int start = pos;
        int line = lines.line(start);
        int column = lines.column(start);
        char c = at();
        if (c == '"') {
            String s = string();
            return new YamlValue.Scalar(
                    s, ScalarStyle.DOUBLE, ScalarKind.STRING, text.substring(start, pos), line, column);
        }
        if (c == '[' || c == '{') {
            if (++depth > YamlReader.MAX_DEPTH) {
                throw new Bad("the front matter nests deeper than " + YamlReader.MAX_DEPTH + " levels", start);
            }
            YamlValue v = c == '[' ? array(items, line, column) : mapping(line, column);
            depth--;
            return v;
        }
        while (pos < to && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        ScalarKind kind;
        if (word.equals("true") || word.equals("false")) {
            kind = ScalarKind.BOOLEAN;
        } else if (word.equals("null")) {
            kind = ScalarKind.NULL;
        } else if (word.matches("-?(0|[1-9]\\d*)")) {
            kind = ScalarKind.INTEGER;
        } else if (word.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?")) {
            kind = ScalarKind.FLOAT;
        } else {
            throw new Bad(word.isEmpty() ? "a value is expected" : "'" + word + "' is not a JSON value", start);
        }
        return new YamlValue.Scalar(kind == ScalarKind.NULL ? "" : word, ScalarStyle.PLAIN, kind, word, line, column);
    }

    private YamlValue array(List<SourceSpan.Item> items, int line, int column) {
        pos++;
        List<YamlValue> values = new ArrayList<>();
        skipWhitespace();
        if (at() == ']') {
            pos++;
            return new YamlValue.Sequence(values, true, line, column);
        }
        while (true) {
            skipWhitespace();
            int itemStart = pos;
            values.add(value(new ArrayList<>()));
            items.add(new SourceSpan.Item(itemStart, pos));
            skipWhitespace();
            if (at() == ',') {
                pos++;
            } else {
                expect(']');
                return new YamlValue.Sequence(values, true, line, column);
            }
        }
    }

    private YamlValue mapping(int line, int column) {
        pos++;
        List<YamlValue.MappingEntry> entries = new ArrayList<>();
        skipWhitespace();
        if (at() == '}') {
            pos++;
            return new YamlValue.Mapping(entries, true, line, column);
        }
        while (true) {
            skipWhitespace();
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            entries.add(new YamlValue.MappingEntry(key, value(new ArrayList<>())));
            skipWhitespace();
            if (at() == ',') {
                pos++;
            } else {
                expect('}');
                return new YamlValue.Mapping(entries, true, line, column);
            }
        }
    }

    private String string() {
        if (at() != '"') {
            throw new Bad("a string in double quotes is expected", pos);
        }
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < to) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Bad("a string goes on past the end of its line", start);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = at();
            pos++;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    String hex = pos + 4 <= to ? text.substring(pos, pos + 4) : "";
                    if (!hex.matches("[0-9A-Fa-f]{4}")) {
                        throw new Bad("\\u needs four hex digits", pos - 2);
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    pos += 4;
                }
                default -> throw new Bad("unknown escape \\" + e, pos - 2);
            }
        }
        throw new Bad("a string is not closed", start);
    }

    private char at() {
        return pos < to ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (at() != c) {
            throw new Bad("'" + c + "' is expected", pos);
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < to && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
