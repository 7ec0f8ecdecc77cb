package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.List;

/** Writes field edits by splicing new text over exactly one entry's span; every other byte is kept. */
final class FrontmatterSplicer {

    private final FrontmatterDocument doc;
    private final String text;
    private final String le;

    private FrontmatterSplicer(FrontmatterDocument doc) {
        this.doc = doc;
        this.text = doc.text();
        this.le = doc.lineEnding();
    }

    static String set(FrontmatterDocument doc, String key, YamlValue value, Schema schema) {
        doc.requireEditable();
        FrontmatterSplicer s = new FrontmatterSplicer(doc);
        return doc.entry(key)
                .map(e -> s.replace(e, doc.span(key).orElseThrow(), value))
                .orElseGet(() -> s.insert(key, value, schema));
    }

    static String remove(FrontmatterDocument doc, String key) {
        doc.requireEditable();
        var entry = doc.entry(key);
        if (entry.isEmpty()) {
            return doc.text();
        }
        String text = doc.text();
        int floor = doc.yamlStartOffset();
        for (var e : doc.entries()) {
            if (e.endOffset() <= entry.get().startOffset()) {
                floor = Math.max(floor, e.endOffset());
            }
        }
        int start = entry.get().startOffset();
        LineIndex lines = doc.lineIndex();
        while (start > floor) {
            int prev = lines.lineStart(lines.line(start - 1));
            if (prev < floor || !text.substring(prev, start).strip().startsWith("#")) {
                break;
            }
            start = prev;
        }
        return text.substring(0, start) + text.substring(entry.get().endOffset());
    }

    private String replace(FrontmatterDocument.Entry e, YamlReader.EntrySpan span, YamlValue value) {
        YamlValue old = e.value();
        if (old instanceof YamlValue.Scalar o && value instanceof YamlValue.Scalar n) {
            return replaceScalar(e, span, o, n);
        }
        if (old instanceof YamlValue.Sequence o
                && value instanceof YamlValue.Sequence n
                && allScalars(o.items())
                && allScalars(n.items())) {
            if (o.flow()) {
                return splice(
                        span.valueStart(),
                        span.valueEnd(),
                        flowList(n.items(), o.items(), text.substring(span.valueStart(), span.valueEnd())));
            }
            return replaceBlockList(e, span, o, n);
        }
        String keyText = text.substring(e.startOffset(), span.keyEnd());
        return splice(e.startOffset(), e.endOffset(), keyText + ":" + ValueRenderer.render(value, "", le) + le);
    }

    private String replaceScalar(
            FrontmatterDocument.Entry e, YamlReader.EntrySpan span, YamlValue.Scalar o, YamlValue.Scalar n) {
        boolean oldEmpty = span.valueStart() == span.valueEnd();
        if ((o.style() == ScalarStyle.LITERAL || o.style() == ScalarStyle.FOLDED) && n.kind() == ScalarKind.STRING) {
            String block = ScalarWriter.block(
                    n.value(), o.style() == ScalarStyle.LITERAL ? '|' : '>', blockIndent(span.valueStart()), le);
            String replacement = block != null ? block : ScalarWriter.doubleQuoted(n.value()) + le;
            return splice(span.valueStart(), e.endOffset(), replacement);
        }
        if (n.kind() == ScalarKind.NULL && oldEmpty) {
            return text;
        }
        String rendered = ValueRenderer.scalar(n, o, false);
        if (o.style() == ScalarStyle.LITERAL || o.style() == ScalarStyle.FOLDED) {
            return splice(span.valueStart(), e.endOffset(), rendered + le);
        }
        if (oldEmpty) {
            int colon = text.indexOf(':', span.keyEnd());
            int after = colon + 1;
            while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                after++;
            }
            boolean comment = after < text.length() && text.charAt(after) == '#';
            return splice(colon + 1, after, " " + rendered + (comment ? " " : ""));
        }
        return splice(span.valueStart(), span.valueEnd(), rendered);
    }

    private String replaceBlockList(
            FrontmatterDocument.Entry e, YamlReader.EntrySpan span, YamlValue.Sequence o, YamlValue.Sequence n) {
        LineIndex lines = doc.lineIndex();
        YamlValue first = o.items().get(0);
        int firstLineStart = lines.lineStart(first.line());
        int firstItem = firstLineStart + first.column() - 1;
        String prefix = text.substring(firstLineStart, firstItem);
        if (first.line() == e.line() || !prefix.strip().equals("-")) {
            String keyText = text.substring(e.startOffset(), span.keyEnd());
            return splice(e.startOffset(), e.endOffset(), keyText + ":" + ValueRenderer.render(n, "", le) + le);
        }
        if (n.items().isEmpty()) {
            int colon = text.indexOf(':', span.keyEnd());
            return splice(colon + 1, e.endOffset(), " []" + le);
        }
        StringBuilder b = new StringBuilder();
        List<YamlValue.Scalar> unused = scalars(o.items());
        for (YamlValue item : n.items()) {
            b.append(prefix)
                    .append(reuseOrRender((YamlValue.Scalar) item, unused, o.items(), false))
                    .append(le);
        }
        return splice(firstLineStart, e.endOffset(), b.toString());
    }

    private String flowList(List<YamlValue> items, List<YamlValue> oldItems, String oldSource) {
        boolean padded = oldSource.startsWith("[ ") && !oldSource.equals("[ ]");
        String sep = oldSource.contains(",") && !oldSource.contains(", ") ? "," : ", ";
        List<YamlValue.Scalar> unused = scalars(oldItems);
        List<String> parts = new ArrayList<>();
        for (YamlValue item : items) {
            parts.add(reuseOrRender((YamlValue.Scalar) item, unused, oldItems, true));
        }
        if (parts.isEmpty()) {
            return "[]";
        }
        String inner = String.join(sep, parts);
        return padded ? "[ " + inner + " ]" : "[" + inner + "]";
    }

    /** An unchanged list item keeps its exact source; a new one takes the style most old items use. */
    private static String reuseOrRender(
            YamlValue.Scalar item, List<YamlValue.Scalar> unused, List<YamlValue> oldItems, boolean flow) {
        for (int i = 0; i < unused.size(); i++) {
            YamlValue.Scalar old = unused.get(i);
            if (old.value().equals(item.value()) && old.kind() == item.kind() && old.source() != null) {
                unused.remove(i);
                return old.source();
            }
        }
        YamlValue.Scalar styleHint = oldItems.isEmpty() ? null : (YamlValue.Scalar) oldItems.get(0);
        return ValueRenderer.scalar(item, styleHint, flow);
    }

    private String insert(String key, YamlValue value, Schema schema) {
        int order = schema.order(key);
        int at = doc.yamlEndOffset();
        if (order != Integer.MAX_VALUE) {
            for (var e : doc.entries()) {
                if (schema.order(e.key()) < order) {
                    at = e.endOffset();
                }
            }
        }
        String keyText = ScalarWriter.plainSafe(key, true) ? key : ScalarWriter.doubleQuoted(key);
        return splice(at, at, keyText + ":" + ValueRenderer.render(value, "", le) + le);
    }

    private String blockIndent(int headerStart) {
        LineIndex lines = doc.lineIndex();
        int next = lines.nextLineStart(headerStart);
        int i = next;
        while (i < doc.yamlEndOffset() && text.charAt(i) == ' ') {
            i++;
        }
        return i > next && i < doc.yamlEndOffset() ? text.substring(next, i) : "  ";
    }

    private String splice(int from, int to, String replacement) {
        return text.substring(0, from) + replacement + text.substring(to);
    }

    private static boolean allScalars(List<YamlValue> items) {
        return items.stream().allMatch(v -> v instanceof YamlValue.Scalar);
    }

    private static List<YamlValue.Scalar> scalars(List<YamlValue> items) {
        List<YamlValue.Scalar> out = new ArrayList<>();
        for (YamlValue v : items) {
            out.add((YamlValue.Scalar) v);
        }
        return out;
    }
}
