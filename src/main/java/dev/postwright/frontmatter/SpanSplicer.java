package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Field edits on TOML and JSON front matter, by splicing the recorded source spans of one field: the rest of the
 * block, comments, key order, spacing and quoting, stays byte for byte. The YAML counterpart is
 * {@link FrontmatterSplicer}.
 */
final class SpanSplicer {

    private final FrontmatterDocument doc;
    private final String text;
    private final String le;
    private final boolean toml;
    private final SpanValueWriter writer;

    private SpanSplicer(FrontmatterDocument doc) {
        this.doc = doc;
        this.text = doc.text();
        this.le = doc.lineEnding();
        this.toml = doc.format() == FrontmatterDocument.Format.TOML;
        this.writer = new SpanValueWriter(toml, le);
    }

    static String set(FrontmatterDocument doc, String key, YamlValue value, Schema schema) {
        doc.requireEditable();
        SpanSplicer s = new SpanSplicer(doc);
        boolean isNull = value instanceof YamlValue.Scalar sc && sc.isNull();
        var entry = doc.entry(key);
        if (entry.isEmpty()) {
            return isNull ? doc.text() : s.insert(key, value, schema);
        }
        SourceSpan span = s.spliceable(key);
        if (isNull && s.toml) {
            return remove(doc, key); // TOML has no null: an emptied field goes away
        }
        YamlValue old = entry.get().value();
        if (sameValue(old, value)) {
            return doc.text();
        }
        if (old instanceof YamlValue.Sequence o
                && value instanceof YamlValue.Sequence n
                && allScalars(o.items())
                && allScalars(n.items())
                && o.items().size() == span.items().size()) {
            return s.splice(span.valueStart(), span.valueEnd(), s.array(span, o, n));
        }
        return s.splice(span.valueStart(), span.valueEnd(), s.writer.write(value, old));
    }

    static String remove(FrontmatterDocument doc, String key) {
        doc.requireEditable();
        var entry = doc.entry(key);
        if (entry.isEmpty()) {
            return doc.text();
        }
        SpanSplicer s = new SpanSplicer(doc);
        SourceSpan span = s.spliceable(key);
        return s.toml ? s.removeToml(entry.get()) : s.removeJson(key, span);
    }

    private SourceSpan spliceable(String key) {
        SourceSpan span = doc.sourceSpan(key).orElseThrow();
        if (!span.spliceable()) {
            throw new IllegalStateException("cannot edit '" + key
                    + "' field by field: it is a TOML table or dotted key; edit it in the Raw view");
        }
        return span;
    }

    // ---- arrays ----

    /** The new array source: unchanged items keep their text (and line, comment), new ones follow the style. */
    private String array(SourceSpan span, YamlValue.Sequence o, YamlValue.Sequence n) {
        String old = text.substring(span.valueStart(), span.valueEnd());
        List<Integer> reused = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        boolean[] taken = new boolean[o.items().size()];
        YamlValue.Scalar hint =
                o.items().isEmpty() ? null : (YamlValue.Scalar) o.items().get(0);
        for (YamlValue item : n.items()) {
            YamlValue.Scalar s = (YamlValue.Scalar) item;
            int j = match(o.items(), taken, s);
            reused.add(j);
            sources.add(j >= 0 ? source(span.items().get(j)) : writer.scalar(s, styleOnly(hint)));
        }
        if (reused.size() == taken.length && reused.equals(range(taken.length))) {
            return old;
        }
        // an item changed in place (a renamed tag) keeps its line's indentation and comment
        for (int i = 0; i < reused.size(); i++) {
            if (reused.get(i) < 0 && i < taken.length && !taken[i]) {
                taken[i] = true;
                reused.set(i, i);
            }
        }
        if (sources.isEmpty()) {
            return "[]";
        }
        if (old.indexOf('\n') >= 0 && onePerLine(span)) {
            return multiLine(span, reused, sources);
        }
        return inline(span, old, sources);
    }

    private static int match(List<YamlValue> olds, boolean[] taken, YamlValue.Scalar s) {
        for (int j = 0; j < olds.size(); j++) {
            YamlValue.Scalar o = (YamlValue.Scalar) olds.get(j);
            if (!taken[j] && o.value().equals(s.value()) && o.kind() == s.kind()) {
                taken[j] = true;
                return j;
            }
        }
        return -1;
    }

    /** The old item with its value blanked, so only its quoting style is taken. */
    private static YamlValue.Scalar styleOnly(YamlValue.Scalar hint) {
        return hint == null
                ? null
                : new YamlValue.Scalar("\u0000", hint.style(), hint.kind(), hint.source(), hint.line(), hint.column());
    }

    private String inline(SourceSpan span, String old, List<String> sources) {
        List<SourceSpan.Item> items = span.items();
        boolean padded = old.startsWith("[ ") && !old.equals("[ ]");
        String sep = ", ";
        boolean trailing = false;
        if (items.size() >= 2) {
            sep = text.substring(items.get(0).end(), items.get(1).start())
                    .replace("\n", "")
                    .replace("\r", "");
        }
        if (!items.isEmpty()) {
            trailing = text.substring(items.get(items.size() - 1).end(), span.valueEnd())
                    .contains(",");
        }
        String inner = String.join(sep, sources) + (trailing ? "," : "");
        return padded ? "[ " + inner + " ]" : "[" + inner + "]";
    }

    /** True when '[' ends its line, each item has a line of its own, and ']' starts a line after the last. */
    private boolean onePerLine(SourceSpan span) {
        LineIndex lines = doc.lineIndex();
        int previousLine = lines.line(span.valueStart());
        for (SourceSpan.Item item : span.items()) {
            int line = lines.line(item.start());
            if (line <= previousLine || lines.line(item.end()) != line) {
                return false;
            }
            previousLine = line;
        }
        return !span.items().isEmpty() && lines.line(span.valueEnd() - 1) > previousLine;
    }

    private String multiLine(SourceSpan span, List<Integer> reused, List<String> sources) {
        LineIndex lines = doc.lineIndex();
        List<SourceSpan.Item> items = span.items();
        SourceSpan.Item first = items.get(0);
        SourceSpan.Item last = items.get(items.size() - 1);
        String indent = text.substring(lines.lineStart(lines.line(first.start())), first.start());
        StringBuilder b = new StringBuilder(text.substring(span.valueStart(), lines.nextLineStart(span.valueStart())));
        boolean trailingStyle = tail(last).stripLeading().startsWith(",");
        for (int i = 0; i < sources.size(); i++) {
            boolean comma = i < sources.size() - 1 || trailingStyle;
            int j = reused.get(i);
            if (j < 0) {
                b.append(indent).append(sources.get(i)).append(comma ? "," : "").append(le);
                continue;
            }
            SourceSpan.Item item = items.get(j);
            int headStart = j == 0
                    ? lines.nextLineStart(span.valueStart())
                    : lines.nextLineStart(items.get(j - 1).end());
            String tail = tail(item);
            boolean had = tail.stripLeading().startsWith(",");
            if (had && !comma) {
                int c = tail.indexOf(',');
                tail = tail.substring(0, c) + tail.substring(c + 1);
            } else if (!had && comma) {
                tail = "," + tail;
            }
            b.append(text, headStart, item.start()).append(sources.get(i)).append(tail);
        }
        return b.append(text, lines.nextLineStart(last.end()), span.valueEnd()).toString();
    }

    /** From the item's end to the end of its line, line ending included. */
    private String tail(SourceSpan.Item item) {
        return text.substring(item.end(), doc.lineIndex().nextLineStart(item.end()));
    }

    private String source(SourceSpan.Item item) {
        return text.substring(item.start(), item.end());
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(i);
        }
        return r;
    }

    // ---- insert and remove ----

    private String insert(String key, YamlValue value, Schema schema) {
        int order = schema.order(key);
        Map<String, SourceSpan> spans = doc.sourceSpans();
        FrontmatterDocument.Entry after = null;
        FrontmatterDocument.Entry firstRoot = null;
        for (FrontmatterDocument.Entry e : doc.entries()) {
            if (!spans.get(e.key()).spliceable()) {
                continue;
            }
            firstRoot = firstRoot == null ? e : firstRoot;
            if (order == Integer.MAX_VALUE || schema.order(e.key()) < order) {
                after = e;
            }
        }
        if (after == null && firstRoot != null) {
            after = lastSpliceable();
        }
        String written = writer.write(value, null);
        if (toml) {
            String eq = firstRoot == null ? " = " : between(spans.get(firstRoot.key()));
            int at = after == null ? doc.rootEnd() : after.endOffset();
            return splice(at, at, writer.key(key) + eq + written + le);
        }
        if (firstRoot == null) {
            int open = text.indexOf('{');
            return splice(open + 1, open + 1, le + "  " + writer.key(key) + ": " + written + le);
        }
        String colon = between(spans.get(firstRoot.key()));
        SourceSpan a = spans.get(after.key());
        return splice(a.valueEnd(), a.valueEnd(), "," + gap() + writer.key(key) + colon + written);
    }

    private FrontmatterDocument.Entry lastSpliceable() {
        FrontmatterDocument.Entry last = null;
        for (FrontmatterDocument.Entry e : doc.entries()) {
            if (doc.sourceSpans().get(e.key()).spliceable()) {
                last = e;
            }
        }
        return last;
    }

    /** What separates key and value: {@code " = "}, {@code ": "}. */
    private String between(SourceSpan s) {
        return text.substring(s.keyEnd(), s.valueStart());
    }

    /** What goes between a JSON member's comma and the next key: the block's own line break and indent. */
    private String gap() {
        List<FrontmatterDocument.Entry> entries = doc.entries();
        Map<String, SourceSpan> spans = doc.sourceSpans();
        if (entries.size() >= 2) {
            String g = text.substring(
                    spans.get(entries.get(0).key()).valueEnd(),
                    spans.get(entries.get(1).key()).keyStart());
            return g.substring(g.indexOf(',') + 1);
        }
        int keyStart = spans.get(entries.get(0).key()).keyStart();
        LineIndex lines = doc.lineIndex();
        int lineStart = lines.lineStart(lines.line(keyStart));
        String before = text.substring(lineStart, keyStart);
        return before.isBlank() ? le + before : " ";
    }

    private String removeToml(FrontmatterDocument.Entry entry) {
        int floor = doc.yamlStartOffset();
        for (var e : doc.entries()) {
            if (e.endOffset() <= entry.startOffset()) {
                floor = Math.max(floor, e.endOffset());
            }
        }
        int start = entry.startOffset();
        LineIndex lines = doc.lineIndex();
        while (start > floor) {
            int prev = lines.lineStart(lines.line(start - 1));
            if (prev < floor || !text.substring(prev, start).strip().startsWith("#")) {
                break;
            }
            start = prev;
        }
        return splice(start, entry.endOffset(), "");
    }

    private String removeJson(String key, SourceSpan span) {
        List<FrontmatterDocument.Entry> entries = doc.entries();
        Map<String, SourceSpan> spans = doc.sourceSpans();
        int i = 0;
        while (!entries.get(i).key().equals(key)) {
            i++;
        }
        if (i < entries.size() - 1) {
            SourceSpan next = spans.get(entries.get(i + 1).key());
            return splice(startOfLineIfBlank(span.keyStart()), startOfLineIfBlank(next.keyStart()), "");
        }
        if (i > 0) {
            return splice(spans.get(entries.get(i - 1).key()).valueEnd(), span.valueEnd(), "");
        }
        LineIndex lines = doc.lineIndex();
        int from = startOfLineIfBlank(span.keyStart());
        int lineEnd = lines.nextLineStart(span.valueEnd());
        boolean restBlank = from < span.keyStart()
                && text.substring(span.valueEnd(), lineEnd).isBlank();
        return splice(from, restBlank ? lineEnd : span.valueEnd(), "");
    }

    private int startOfLineIfBlank(int offset) {
        LineIndex lines = doc.lineIndex();
        int lineStart = lines.lineStart(lines.line(offset));
        return text.substring(lineStart, offset).isBlank() ? lineStart : offset;
    }

    private String splice(int from, int to, String replacement) {
        return text.substring(0, from) + replacement + text.substring(to);
    }

    /** Equal as read (kinds and values), whatever the positions and quoting. */
    static boolean sameValue(YamlValue a, YamlValue b) {
        if (a instanceof YamlValue.Scalar x && b instanceof YamlValue.Scalar y) {
            return x.kind() == y.kind() && x.value().equals(y.value());
        }
        if (a instanceof YamlValue.Sequence x && b instanceof YamlValue.Sequence y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!sameValue(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof YamlValue.Mapping x && b instanceof YamlValue.Mapping y) {
            if (x.entries().size() != y.entries().size()) {
                return false;
            }
            for (int i = 0; i < x.entries().size(); i++) {
                var e = x.entries().get(i);
                var f = y.entries().get(i);
                if (!e.key().equals(f.key()) || !sameValue(e.value(), f.value())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean allScalars(List<YamlValue> items) {
        return items.stream().allMatch(v -> v instanceof YamlValue.Scalar);
    }
}
