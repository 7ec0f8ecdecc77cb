package dev.postwright.frontmatter;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, lossless view of a post file's text split into front matter (YAML, TOML or JSON) and body; edits
 * splice text.
 */
public final class FrontmatterDocument {

    /**
     * Whether the file has a usable frontmatter block. {@code YAML_ERROR} is a syntax error in the block, whatever
     * its {@link Format}.
     */
    public enum Status {
        OK,
        MISSING,
        UNTERMINATED,
        YAML_ERROR
    }

    /**
     * The frontmatter's language: YAML between {@code ---} lines, TOML between {@code +++} lines, or a JSON object
     * ({@code {…}}) opening the file, as Hugo reads them. All three are edited field by field.
     */
    public enum Format {
        YAML,
        TOML,
        JSON
    }

    /**
     * One top-level key; offsets are whole-file char offsets covering the key line(s), value lines and the
     * trailing line ending; lines and columns are 1-based.
     */
    public record Entry(
            String key,
            int line,
            int column,
            int valueLine,
            int valueColumn,
            int startOffset,
            int endOffset,
            YamlValue value) {}

    private final String text;
    private final YamlDialect dialect;
    private final Status status;
    private final Optional<YamlProblem> error;
    private final int yamlStart;
    private final int yamlEnd;
    private final int bodyOffset;
    private final String lineEnding;
    private final List<Entry> entries;
    private final Map<String, YamlReader.EntrySpan> spans;
    private final boolean flowRoot;
    private final LineIndex lines;
    private final Format format;
    private final Map<String, SourceSpan> sourceSpans;
    private final int rootEnd;

    private FrontmatterDocument(String text, YamlDialect dialect) {
        this.text = text;
        this.dialect = dialect;
        this.lines = new LineIndex(text);
        this.lineEnding = detectLineEnding(text);
        int firstEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        if (isFence(text, 0, firstEnd, "+++")) {
            this.format = Format.TOML;
            int close = firstEnd < text.length() ? findClosingFence(text, firstEnd + 1, "+++") : -1;
            this.yamlStart = close < 0 ? 0 : firstEnd + 1;
            this.yamlEnd = close < 0 ? 0 : close;
            this.bodyOffset = close < 0 ? 0 : lines.nextLineStart(close);
            this.spans = Map.of();
            this.flowRoot = false;
            if (close < 0) {
                this.status = Status.UNTERMINATED;
                this.error = Optional.of(new YamlProblem("the TOML frontmatter has no closing '+++' line", 1, 1));
                this.entries = List.of();
                this.sourceSpans = Map.of();
                this.rootEnd = 0;
                return;
            }
            OtherFormats.Parsed p = OtherFormats.toml(text, yamlStart, yamlEnd, lines);
            this.status = p.problem().isPresent() ? Status.YAML_ERROR : Status.OK;
            this.error = p.problem();
            this.entries = p.entries();
            this.sourceSpans = p.spans();
            this.rootEnd = p.rootEnd();
            return;
        }
        int jsonEnd = text.substring(0, firstEnd).strip().startsWith("{") ? JsonBlock.end(text) : -1;
        if (jsonEnd > 0) {
            this.format = Format.JSON;
            this.yamlStart = 0;
            this.yamlEnd = jsonEnd;
            this.bodyOffset = lines.nextLineStart(jsonEnd - 1);
            OtherFormats.Parsed p = OtherFormats.json(text, jsonEnd, lines);
            this.status = p.problem().isPresent() ? Status.YAML_ERROR : Status.OK;
            this.error = p.problem();
            this.entries = p.entries();
            this.sourceSpans = p.spans();
            this.rootEnd = 0;
            this.spans = Map.of();
            this.flowRoot = false;
            return;
        }
        this.format = Format.YAML;
        this.sourceSpans = Map.of();
        this.rootEnd = 0;
        int firstBreak = text.indexOf('\n');
        int closing = -1;
        if (isFence(text, 0, firstBreak < 0 ? text.length() : firstBreak) && firstBreak >= 0) {
            closing = findClosingFence(text, firstBreak + 1);
        }
        if (firstBreak < 0 || !isFence(text, 0, firstBreak < 0 ? text.length() : firstBreak)) {
            this.status = isFence(text, 0, text.length()) ? Status.UNTERMINATED : Status.MISSING;
            this.error = Optional.of(
                    status == Status.MISSING
                            ? new YamlProblem("the file does not start with a '---' frontmatter line", 1, 1)
                            : new YamlProblem("the frontmatter has no closing '---' line", 1, 1));
            this.yamlStart = 0;
            this.yamlEnd = 0;
            this.bodyOffset = 0;
            this.entries = List.of();
            this.spans = Map.of();
            this.flowRoot = false;
            return;
        }
        if (closing < 0) {
            this.status = Status.UNTERMINATED;
            this.error = Optional.of(new YamlProblem("the frontmatter has no closing '---' line", 1, 1));
            this.yamlStart = 0;
            this.yamlEnd = 0;
            this.bodyOffset = 0;
            this.entries = List.of();
            this.spans = Map.of();
            this.flowRoot = false;
            return;
        }
        this.yamlStart = firstBreak + 1;
        this.yamlEnd = closing;
        this.bodyOffset = lines.nextLineStart(closing);
        YamlReader.Result r = YamlReader.read(text.substring(yamlStart, yamlEnd), yamlStart, lines, dialect);
        this.status = r.problem().isPresent() ? Status.YAML_ERROR : Status.OK;
        this.error = r.problem();
        this.entries = List.copyOf(r.entries());
        this.spans = Map.copyOf(r.spans());
        this.flowRoot = r.flowRoot();
    }

    /** Parses a whole post file text (decoded, BOM stripped); never throws on bad input. */
    public static FrontmatterDocument parse(String fileText, YamlDialect dialect) {
        Objects.requireNonNull(fileText, "fileText");
        return new FrontmatterDocument(fileText, Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Where the frontmatter block of {@code fileText} ends and the body starts, found by scanning for the fences
     * only (no parsing, no line index over the body); the text's length when there is no complete block. Parsing
     * {@code fileText.substring(0, blockEnd(fileText))} gives the same frontmatter at the same offsets as parsing
     * the whole text, which is what a form edit on a long post needs.
     */
    public static int blockEnd(String fileText) {
        String t = Objects.requireNonNull(fileText, "fileText");
        int firstBreak = t.indexOf('\n');
        int firstEnd = firstBreak < 0 ? t.length() : firstBreak;
        String fence = isFence(t, 0, firstEnd, "+++") ? "+++" : isFence(t, 0, firstEnd, "---") ? "---" : null;
        int closing;
        if (fence != null) {
            closing = firstBreak < 0 ? -1 : findClosingFence(t, firstBreak + 1, fence);
        } else if (t.substring(0, firstEnd).strip().startsWith("{")) {
            int jsonEnd = JsonBlock.end(t);
            closing = jsonEnd > 0 ? jsonEnd - 1 : -1;
        } else {
            closing = -1;
        }
        if (closing < 0) {
            return t.length();
        }
        int nl = t.indexOf('\n', closing);
        return nl < 0 ? t.length() : nl + 1;
    }

    private static boolean isFence(String t, int from, int to) {
        return isFence(t, from, to, "---");
    }

    private static boolean isFence(String t, int from, int to, String fence) {
        if (to - from < 3 || !t.startsWith(fence, from)) {
            return false;
        }
        return t.substring(from + 3, to).isBlank();
    }

    private static int findClosingFence(String t, int from) {
        return findClosingFence(t, from, "---");
    }

    private static int findClosingFence(String t, int from, String fence) {
        int pos = from;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            if (isFence(t, pos, end, fence)) {
                return pos;
            }
            pos = end + 1;
        }
        return -1;
    }

    private static String detectLineEnding(String t) {
        int nl = t.indexOf('\n');
        return nl > 0 && t.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    public String text() {
        return text;
    }

    public YamlDialect dialect() {
        return dialect;
    }

    public Status status() {
        return status;
    }

    /** YAML, TOML or JSON (see {@link Format}). */
    public Format format() {
        return format;
    }

    /** The problem behind a non-OK status. */
    public Optional<YamlProblem> error() {
        return error;
    }

    /** The text between the fences ("" when MISSING or UNTERMINATED). */
    public String rawYaml() {
        return text.substring(yamlStart, yamlEnd);
    }

    public int yamlStartOffset() {
        return yamlStart;
    }

    /** Offset of the closing fence line (equals {@link #yamlStartOffset()} when there is no block). */
    public int yamlEndOffset() {
        return yamlEnd;
    }

    public int bodyOffset() {
        return bodyOffset;
    }

    public int bodyStartLine() {
        return lines.line(bodyOffset);
    }

    /** The body; the whole text when the frontmatter is missing or unterminated, so nothing is lost. */
    public String body() {
        return text.substring(bodyOffset);
    }

    public String lineEnding() {
        return lineEnding;
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Entry e : entries) {
            keys.add(e.key());
        }
        return keys;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public Optional<YamlValue> value(String key) {
        return entry(key).map(Entry::value);
    }

    Optional<YamlReader.EntrySpan> span(String key) {
        return Optional.ofNullable(spans.get(key));
    }

    /** TOML and JSON: where each top-level key's key, value and items are (empty for YAML). */
    Map<String, SourceSpan> sourceSpans() {
        return sourceSpans;
    }

    Optional<SourceSpan> sourceSpan(String key) {
        return Optional.ofNullable(sourceSpans.get(key));
    }

    /** TOML: where a new top-level key goes, after the last one and before any {@code [table]}. */
    int rootEnd() {
        return rootEnd;
    }

    LineIndex lineIndex() {
        return lines;
    }

    boolean flowRoot() {
        return flowRoot;
    }

    // ---- edits: each returns a new document; only the edited field's lines change ----

    public FrontmatterDocument with(String key, YamlValue value, Schema schema) {
        return parse(
                format == Format.YAML
                        ? FrontmatterSplicer.set(this, key, value, schema)
                        : SpanSplicer.set(this, key, value, schema),
                dialect);
    }

    public FrontmatterDocument with(String key, YamlValue value) {
        return with(key, value, FieldEdits.NO_SCHEMA);
    }

    public FrontmatterDocument withString(String key, String value) {
        return with(key, YamlValue.string(value));
    }

    public FrontmatterDocument withBoolean(String key, boolean value) {
        return with(key, YamlValue.bool(value));
    }

    public FrontmatterDocument withStringList(String key, List<String> values) {
        return with(key, YamlValue.stringList(values, true));
    }

    /** Sets a date, written in the shape of the old value (bare date, datetime with its zone, quotes). */
    public FrontmatterDocument withDate(String key, Temporal date) {
        Optional<String> old =
                value(key).filter(v -> v instanceof YamlValue.Scalar).map(v -> ((YamlValue.Scalar) v).value());
        return with(key, YamlValue.timestamp(DateFormatKeeper.format(date, old.orElse(null))));
    }

    public FrontmatterDocument withNull(String key) {
        return with(key, YamlValue.nullValue());
    }

    /** Removes the key's lines and the comment lines directly above it; no-op when absent. */
    public FrontmatterDocument without(String key) {
        return parse(
                format == Format.YAML ? FrontmatterSplicer.remove(this, key) : SpanSplicer.remove(this, key), dialect);
    }

    /** Replaces the text between the fences; works in every status (adds a block when there is none). */
    public FrontmatterDocument withRawYaml(String yaml) {
        // A JSON block ends at its '}', before the line ending; the other blocks end with a line.
        String y = format == Format.JSON
                ? yaml.stripTrailing()
                : yaml.isEmpty() || yaml.endsWith("\n") ? yaml : yaml + lineEnding;
        if (status == Status.MISSING || status == Status.UNTERMINATED) {
            return parse("---" + lineEnding + y + "---" + lineEnding + text, dialect);
        }
        return parse(text.substring(0, yamlStart) + y + text.substring(yamlEnd), dialect);
    }

    /**
     * Fields can be set and removed one by one: valid YAML written as {@code key: value} lines, or valid TOML or
     * JSON.
     */
    public boolean editable() {
        return status == Status.OK && !flowRoot;
    }

    void requireEditable() {
        if (status != Status.OK) {
            throw new IllegalStateException(
                    "cannot edit fields: " + error.map(YamlProblem::message).orElse(status.name())
                            + "; fix the frontmatter as raw " + format + " first");
        }
        if (flowRoot) {
            throw new IllegalStateException("cannot edit fields of a frontmatter written as one {...} mapping");
        }
    }

    @Override
    public String toString() {
        return "FrontmatterDocument[" + status + (format == Format.YAML ? "" : ", " + format) + ", keys=" + keys()
                + "]";
    }
}
