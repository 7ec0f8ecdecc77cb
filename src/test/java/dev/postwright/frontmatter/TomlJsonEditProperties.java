package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument.Format;
import dev.postwright.frontmatter.FrontmatterDocument.Status;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Random TOML and JSON front matter (string styles, inline and multi-line arrays, date kinds, comments, a table,
 * LF or CRLF) and random sequences of form edits: after each edit the block still parses (for TOML, tomlj reads
 * the edited value as set: an independent reader), the value reads back, every other field keeps its value, and
 * only the edited field's lines changed.
 */
class TomlJsonEditProperties {

    private static final String[] PARTS = {
        "Hello",
        "world",
        "Crème brûlée",
        "🌉",
        " ",
        "  ",
        "\"",
        "'",
        "''",
        "'''",
        "\"\"\"",
        "\\",
        "\\n",
        "#",
        "=",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "true",
        "2024-01-01",
        "\t",
        "\n",
        "ü",
        "+++",
        "---",
        "日本語"
    };
    private static final String[] TAGS = {"trains", "café", "night", "a b", "\"q\"", "it's", "x,y", "🚀", "1.0"};

    /** A generated post: format, line ending and the choices its block was written with. */
    record Start(
            boolean toml,
            String le,
            int titleStyle,
            boolean multiLineTags,
            boolean trailingComma,
            int dateKind,
            boolean comments,
            boolean table,
            List<String> tags) {

        String text() {
            StringBuilder b = new StringBuilder();
            String date = switch (dateKind) {
                case 0 -> "2024-05-06";
                case 1 -> "2024-05-06T07:08:09+02:00";
                case 2 -> "2024-05-06T07:08:09Z";
                default -> "2024-05-06T07:08:09";
            };
            if (toml) {
                b.append("+++\n");
                if (comments) {
                    b.append("# written by hand\n");
                }
                b.append("title = ")
                        .append(
                                switch (titleStyle) {
                                    case 0 -> "\"A title\"";
                                    case 1 -> "'A title'";
                                    case 2 -> "\"\"\"\nA title\"\"\"";
                                    default -> "'''A title'''";
                                })
                        .append(comments ? " # the title\n" : "\n");
                b.append("date = ").append(date).append('\n');
                b.append("draft = false\n");
                b.append("tags = ").append(array(tags, "  ", false)).append('\n');
                b.append("description = \"Some words\"\n");
                if (table) {
                    b.append("\n[params]\nauthor = \"Ana\"\n");
                }
                b.append("+++\n");
            } else {
                b.append("{\n");
                b.append("  \"title\": \"A title\",\n");
                b.append("  \"date\": \"").append(date).append("\",\n");
                b.append("  \"draft\": false,\n");
                b.append("  \"tags\": ").append(array(tags, "    ", true)).append(",\n");
                b.append("  \"description\": \"Some words\"");
                b.append(table ? ",\n  \"params\": {\"author\": \"Ana\"}\n" : "\n");
                b.append("}\n");
            }
            b.append("\nThe body.\n");
            return b.toString().replace("\n", le);
        }

        private String array(List<String> items, String indent, boolean json) {
            List<String> written = new ArrayList<>();
            items.forEach(t -> written.add(json ? SpanValueWriter.json(t) : SpanValueWriter.basic(t)));
            if (!multiLineTags || items.isEmpty()) {
                return "[" + String.join(", ", written) + "]";
            }
            StringBuilder b = new StringBuilder("[\n");
            for (int i = 0; i < written.size(); i++) {
                boolean comma = i < written.size() - 1 || (trailingComma && !json);
                b.append(indent).append(written.get(i)).append(comma ? "," : "").append('\n');
            }
            return b.append(indent, 0, indent.length() - 2).append("]").toString();
        }
    }

    /** One form edit: a field and its new value ({@code null}: remove the field). */
    record Op(String key, YamlValue value, Temporal date) {
        @Override
        public String toString() {
            return key + " := " + (date != null ? date : value);
        }
    }

    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<List<String>> tags = Arbitraries.of(TAGS).list().ofMaxSize(4);
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.of("\n", "\r\n"),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .flatAs((toml, le, style, multi, trailing, dateKind, comments, table) ->
                        tags.map(t -> new Start(toml, le, style, multi, trailing, dateKind, comments, table, t)));
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<String> text =
                Arbitraries.of(PARTS).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
        Arbitrary<Op> title = text.map(t -> new Op("title", YamlValue.string(t), null));
        Arbitrary<Op> description =
                text.injectNull(0.3).map(t -> new Op("description", t == null ? null : YamlValue.string(t), null));
        Arbitrary<Op> tags =
                Arbitraries.of(TAGS).list().ofMaxSize(5).map(l -> new Op("tags", YamlValue.stringList(l, true), null));
        Arbitrary<Op> draft = Arbitraries.of(true, false).map(d -> new Op("draft", YamlValue.bool(d), null));
        Arbitrary<Op> date = Arbitraries.integers()
                .between(0, 4000)
                .map(d -> new Op("date", null, LocalDate.of(2020, 1, 1).plusDays(d)));
        Arbitrary<Op> slug =
                text.injectNull(0.5).map(t -> new Op("slug", t == null ? null : YamlValue.string(t), null));
        return Arbitraries.oneOf(title, description, tags, draft, date, slug)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Property(tries = 300)
    void editsKeepEverythingElseAndReadBack(@ForAll("starts") Start start, @ForAll("ops") List<Op> ops) {
        String text = start.text();
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        List<String> log = new ArrayList<>(List.of(text));
        Supplier<String> ctx = () -> String.join("\n----\n", log);
        assertEquals(start.toml() ? Format.TOML : Format.JSON, doc.format());
        FrontmatterDocument first = doc;
        assertEquals(Status.OK, first.status(), () -> first.error() + ctx.get());
        String body = doc.body();
        for (Op op : ops) {
            FrontmatterDocument old = doc;
            var entry = old.entry(op.key());
            doc = op.date() != null
                    ? old.withDate(op.key(), op.date())
                    : op.value() == null ? old.without(op.key()) : old.with(op.key(), op.value());
            log.add(op + "\n" + doc.text());
            FrontmatterDocument now = doc;
            assertEquals(Status.OK, now.status(), () -> now.error() + ctx.get());
            assertEquals(body, now.body(), ctx);
            if (start.le().equals("\r\n")) {
                assertFalse(now.text().replace("\r\n", "").contains("\n"), ctx);
            }
            for (String key : old.keys()) {
                if (!key.equals(op.key())) {
                    assertEquals(
                            TomlJsonCorpusTest.plain(old.value(key).orElseThrow()),
                            TomlJsonCorpusTest.plain(now.value(key).orElseThrow()),
                            ctx);
                }
            }
            readsBack(now, op, ctx);
            if (entry.isPresent()) {
                onlyEntryLinesChanged(
                        old,
                        now,
                        old.lineIndex().line(entry.get().startOffset()),
                        old.lineIndex().line(Math.max(0, entry.get().endOffset() - 1)),
                        ctx);
            }
            if (start.toml()) {
                tomljAgrees(now, op, ctx);
            }
        }
    }

    private static void readsBack(FrontmatterDocument doc, Op op, Supplier<String> ctx) {
        if (op.value() == null && op.date() == null) {
            assertTrue(doc.entry(op.key()).isEmpty(), ctx);
            return;
        }
        if (op.date() != null) {
            Temporal read = FieldValues.date(doc, op.key()).value().orElseThrow();
            assertEquals(LocalDate.from(op.date()), LocalDate.from(read), ctx);
            return;
        }
        assertEquals(
                TomlJsonCorpusTest.plain(op.value()),
                TomlJsonCorpusTest.plain(doc.value(op.key()).orElseThrow()),
                ctx);
    }

    /** tomlj, which shares no code with the span reader, reads the same value from the edited block. */
    private static void tomljAgrees(FrontmatterDocument doc, Op op, Supplier<String> ctx) {
        TomlParseResult toml = Toml.parse(doc.rawYaml());
        assertFalse(toml.hasErrors(), () -> toml.errors() + ctx.get());
        if (op.date() != null) {
            Object v = toml.get(op.key());
            LocalDate read = v instanceof LocalDate d
                    ? d
                    : v instanceof LocalDateTime t ? t.toLocalDate() : ((OffsetDateTime) v).toLocalDate();
            assertEquals(LocalDate.from(op.date()), read, ctx);
        } else if (op.value() instanceof YamlValue.Scalar s && s.kind() == ScalarKind.STRING) {
            assertEquals(s.value(), toml.getString(op.key()), ctx);
        } else if (op.value() instanceof YamlValue.Sequence seq) {
            List<Object> items = Objects.requireNonNull(toml.getArray(op.key())).toList();
            List<String> expected = new ArrayList<>();
            seq.items().forEach(i -> expected.add(((YamlValue.Scalar) i).value()));
            assertEquals(expected, items, ctx);
        }
    }

    private static void onlyEntryLinesChanged(
            FrontmatterDocument old, FrontmatterDocument now, int firstLine, int lastLine, Supplier<String> ctx) {
        List<String> a = List.of(old.text().split("\n", -1));
        List<String> b = List.of(now.text().split("\n", -1));
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        if (a.equals(b)) {
            return;
        }
        int firstChanged = head + 1;
        assertTrue(
                firstChanged >= firstLine - 1, // a removal may take the comment line above
                () -> "line " + firstChanged + " above the field changed\n" + ctx.get());
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int lastChangedOld = a.size() - tail;
        assertTrue(
                lastChangedOld <= lastLine, () -> "line " + lastChangedOld + " below the field changed\n" + ctx.get());
    }
}
