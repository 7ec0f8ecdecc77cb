package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument.Format;
import dev.postwright.frontmatter.FrontmatterDocument.Status;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TOML and JSON fixtures, as stored and with the other line ending: byte-identical round trip, and every field
 * edited and removed with a line-by-line check that only that field's lines differ.
 */
class TomlJsonCorpusTest {

    static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
        List<Arguments> out = new ArrayList<>();
        int toml = add(out, "toml", Format.TOML);
        int json = add(out, "json", Format.JSON);
        assertTrue(toml >= 25, "at least 25 TOML fixtures");
        assertTrue(json >= 10, "at least 10 JSON fixtures");
        return out.stream();
    }

    private static int add(List<Arguments> out, String dir, Format format) throws IOException, URISyntaxException {
        Path folder = Path.of(
                TomlJsonCorpusTest.class.getResource("/frontmatter/" + dir).toURI());
        int n = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                text = text.startsWith("\uFEFF") ? text.substring(1) : text; // as PostFile hands it over
                String name = dir + "/" + p.getFileName();
                String lf = text.replace("\r\n", "\n");
                out.add(Arguments.of(name + " LF", lf, format));
                out.add(Arguments.of(name + " CRLF", lf.replace("\n", "\r\n"), format));
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void roundTripIsByteIdentical(String name, String text, Format format) {
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        assertEquals(format, doc.format(), name);
        assertEquals(Status.OK, doc.status(), () -> name + " " + doc.error());
        assertTrue(doc.editable(), name);
        assertEquals(text, doc.text());
        assertEquals(text, doc.withRawYaml(doc.rawYaml()).text());
        assertFalse(doc.keys().isEmpty());
        for (String key : doc.keys()) {
            if (doc.sourceSpan(key).orElseThrow().spliceable()) {
                assertEquals(text, doc.with(key, doc.value(key).orElseThrow()).text(), () -> name + " " + key);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void editingAFieldChangesOnlyItsLines(String name, String text, Format format) {
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        for (String key : doc.keys()) {
            if (!doc.sourceSpan(key).orElseThrow().spliceable()) {
                assertThrows(IllegalStateException.class, () -> doc.withString(key, "x"), name + " " + key);
                continue;
            }
            var entry = doc.entry(key).orElseThrow();
            YamlValue next = nextValue(doc.value(key).orElseThrow());
            FrontmatterDocument edited = doc.with(key, next);
            String context = name + " key " + key + ":\n" + edited.text();
            assertEquals(Status.OK, edited.status(), () -> context + edited.error());
            onlyLinesDiffer(text, edited.text(), doc.lineIndex().line(entry.startOffset()), entry.valueLine(), context);
            assertEquals(doc.keys(), edited.keys(), context);
            assertEquals(plain(next), plain(edited.value(key).orElseThrow()), context);
            for (String other : doc.keys()) {
                if (!other.equals(key)) {
                    assertEquals(
                            plain(doc.value(other).orElseThrow()),
                            plain(edited.value(other).orElseThrow()),
                            context);
                }
            }
            if (doc.value(key).orElseThrow() instanceof YamlValue.Scalar s && s.kind() == ScalarKind.TIMESTAMP) {
                Temporal old = FieldValues.parseDate(s.value()).orElseThrow();
                Temporal plusDay = old.plus(1, ChronoUnit.DAYS);
                FrontmatterDocument dated = doc.withDate(key, plusDay);
                Temporal read = FieldValues.date(dated, key).value().orElseThrow();
                assertEquals(plusDay.getClass(), read.getClass(), context);
                assertTrue(
                        plusDay instanceof OffsetDateTime o ? o.isEqual((OffsetDateTime) read) : plusDay.equals(read));
                String source = ((YamlValue.Scalar) dated.value(key).orElseThrow()).source();
                assertEquals(s.source().length(), source.length(), () -> "date kind kept: " + source);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void removingAFieldRemovesOnlyItsLines(String name, String text, Format format) {
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        for (String key : doc.keys()) {
            if (!doc.sourceSpan(key).orElseThrow().spliceable()) {
                continue;
            }
            FrontmatterDocument out = doc.without(key);
            String context = name + " without " + key + ":\n" + out.text();
            assertEquals(Status.OK, out.status(), () -> context + out.error());
            List<String> expected = new ArrayList<>(doc.keys());
            expected.remove(key);
            assertEquals(expected, out.keys(), context);
            List<String> before = lines(text);
            List<String> after = lines(out.text());
            assertTrue(after.size() <= before.size(), context);
            int removedLines = before.size() - after.size();
            assertTrue(removedLines <= 8, context);
            assertEquals(doc.body(), out.body(), context);
        }
    }

    /** Lines before {@code firstLine} and after the edited ones are identical; the changed lines hold the field. */
    private static void onlyLinesDiffer(String before, String after, int firstLine, int valueLine, String context) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int firstChanged = head + 1;
        assertTrue(
                firstChanged >= firstLine,
                () -> "a line above the field changed (line " + firstChanged + "): " + context);
        int lastOld = a.size() - tail;
        int changedOld = lastOld - head;
        int changedNew = b.size() - tail - head;
        assertTrue(changedOld >= 0 && changedNew >= 0, context);
        assertTrue(
                changedNew - changedOld <= 2 && changedOld - changedNew <= 8,
                () -> "too many lines changed (" + changedOld + " → " + changedNew + "): " + context);
        assertTrue(head + 1 <= Math.max(valueLine, firstLine) + 12, context);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    /** A new value of the same type: appended text, a flipped flag, another number, a list with one more item. */
    private static YamlValue nextValue(YamlValue value) {
        if (value instanceof YamlValue.Sequence seq
                && seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)) {
            List<String> items = new ArrayList<>();
            seq.items().forEach(i -> items.add(((YamlValue.Scalar) i).value()));
            items.add("added: \"new\" tag ü");
            return YamlValue.stringList(items, true);
        }
        if (!(value instanceof YamlValue.Scalar s)) {
            return new YamlValue.Mapping(
                    List.of(new YamlValue.MappingEntry("robots", YamlValue.string("all"))), true, 0, 0);
        }
        return switch (s.kind()) {
            case STRING, NULL ->
                YamlValue.string(s.value().isEmpty() ? "now set" : s.value() + " édité 🎉 \"#2\"\n2nd");
            case BOOLEAN -> YamlValue.bool(!s.value().equals("true"));
            case INTEGER, FLOAT -> YamlValue.number("42");
            case TIMESTAMP -> YamlValue.timestamp("2001-02-03");
        };
    }

    /** The value without positions or styles, to compare what a parser reads. */
    static Object plain(YamlValue v) {
        if (v instanceof YamlValue.Scalar s) {
            return s.kind() == ScalarKind.TIMESTAMP ? s.value() : s.kind() + ":" + s.value();
        }
        if (v instanceof YamlValue.Sequence seq) {
            List<Object> out = new ArrayList<>();
            seq.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YamlValue.Mapping) v).entries().forEach(e -> out.put(e.key(), plain(e.value())));
        return out;
    }
}
