package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture, in LF, CRLF and no-final-newline variants: round trip, per-key edit and removal. */
class CorpusTest {

    static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getResource("/frontmatter/corpus").toURI());
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String lf = Files.readString(p, StandardCharsets.UTF_8);
                String name = p.getFileName().toString();
                out.add(Arguments.of(name + " LF", lf));
                out.add(Arguments.of(name + " CRLF", lf.replace("\n", "\r\n")));
                out.add(Arguments.of(name + " no final newline", lf.substring(0, lf.length() - 1)));
            }
        }
        assertTrue(out.size() >= 75, "at least 25 fixtures");
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void roundTripIsByteIdentical(String name, String text) {
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        assertEquals(Status.OK, doc.status(), () -> name + " " + doc.error());
        assertEquals(text, doc.text());
        assertEquals(text, doc.withRawYaml(doc.rawYaml()).text());
        assertFalse(doc.keys().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void editingAKeyChangesOnlyItsLines(String name, String text) {
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        for (String key : doc.keys()) {
            var entry = doc.entry(key).orElseThrow();
            Edit edit = editFor(doc, key);
            FrontmatterDocument edited = edit.apply(doc);
            String out = edited.text();
            String context = name + " key " + key + ":\n" + out;
            assertEquals(Status.OK, edited.status(), () -> context + edited.error());
            assertTrue(out.startsWith(text.substring(0, entry.startOffset())), context);
            assertTrue(out.endsWith(text.substring(entry.endOffset())), context);
            String middle = out.substring(entry.startOffset(), out.length() - (text.length() - entry.endOffset()));
            if (doc.lineEnding().equals("\r\n")) {
                assertFalse(middle.replace("\r\n", "").contains("\n"), () -> "mixed line endings: " + context);
            }
            edit.check(edited, context);
            assertEquals(doc.keys(), edited.keys(), context);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void removingAKeyRemovesOnlyItsLinesAndCommentsAbove(String name, String text) {
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        for (String key : doc.keys()) {
            var entry = doc.entry(key).orElseThrow();
            String out = doc.without(key).text();
            String context = name + " without " + key + ":\n" + out;
            assertTrue(out.endsWith(text.substring(entry.endOffset())), context);
            String kept = out.substring(0, out.length() - (text.length() - entry.endOffset()));
            assertTrue(text.startsWith(kept), context);
            String above = text.substring(kept.length(), entry.startOffset());
            for (String removed : above.isEmpty() ? new String[0] : above.split("\r?\n")) {
                assertTrue(removed.strip().startsWith("#"), () -> "removed a non-comment line: " + context);
            }
            FrontmatterDocument re = FrontmatterDocument.parse(out, YamlDialect.YAML_1_2);
            assertEquals(Status.OK, re.status(), context);
            List<String> expected = new ArrayList<>(doc.keys());
            expected.remove(key);
            assertEquals(expected, re.keys(), context);
        }
    }

    /** An edit to a new value of the same type, and how to check a re-parse reads it. */
    private interface Edit {
        FrontmatterDocument apply(FrontmatterDocument doc);

        void check(FrontmatterDocument edited, String context);
    }

    private static Edit editFor(FrontmatterDocument doc, String key) {
        YamlValue value = doc.value(key).orElseThrow();
        if (value instanceof YamlValue.Sequence seq) {
            List<String> items = new ArrayList<>();
            seq.items().forEach(i -> items.add(((YamlValue.Scalar) i).value()));
            items.add("added: new, tag");
            return edit(
                    d -> d.withStringList(key, items),
                    (d, c) -> assertEquals(
                            items, FieldValues.stringList(d, key).value().orElseThrow(), c));
        }
        if (value instanceof YamlValue.Mapping) {
            YamlValue m = new YamlValue.Mapping(
                    List.of(new YamlValue.MappingEntry("robots", YamlValue.string("all"))), false, 0, 0);
            return edit(
                    d -> d.with(key, m),
                    (d, c) -> assertTrue(
                            d.value(key).orElseThrow() instanceof YamlValue.Mapping mm
                                    && mm.get("robots").isPresent(),
                            c));
        }
        YamlValue.Scalar s = (YamlValue.Scalar) value;
        return switch (s.kind()) {
            case STRING, NULL -> {
                String next = s.value().isEmpty() ? "now: set #1" : s.value() + " édité 🎉 #2";
                yield edit(
                        d -> d.withString(key, next),
                        (d, c) -> assertEquals(next, FieldValues.string(d, key).orElseThrow(), c));
            }
            case BOOLEAN -> {
                boolean next = !ScalarKinds.booleanValue(s.value());
                yield edit(
                        d -> d.withBoolean(key, next),
                        (d, c) -> assertEquals(
                                next, FieldValues.bool(d, key).value().orElseThrow(), c));
            }
            case INTEGER, FLOAT ->
                edit(
                        d -> d.with(key, YamlValue.number("42")),
                        (d, c) -> assertEquals(
                                "42", ((YamlValue.Scalar) d.value(key).orElseThrow()).value(), c));
            case TIMESTAMP -> {
                Temporal old = FieldValues.parseDate(s.value()).orElseThrow();
                Temporal next = old.plus(1, ChronoUnit.DAYS);
                yield edit(d -> d.withDate(key, next), (d, c) -> {
                    Temporal read = FieldValues.date(d, key).value().orElseThrow();
                    assertEquals(next.getClass(), read.getClass(), c);
                    if (next instanceof OffsetDateTime o) {
                        assertTrue(o.isEqual((OffsetDateTime) read), c);
                    } else {
                        assertEquals(next, read, c);
                    }
                    assertEquals(
                            s.source().length(),
                            ((YamlValue.Scalar) d.value(key).orElseThrow())
                                    .source()
                                    .length(),
                            () -> "date shape kept: " + c);
                });
            }
        };
    }

    private static Edit edit(UnaryOperator<FrontmatterDocument> apply, BiConsumer<FrontmatterDocument, String> check) {
        return new Edit() {
            @Override
            public FrontmatterDocument apply(FrontmatterDocument doc) {
                return apply.apply(doc);
            }

            @Override
            public void check(FrontmatterDocument edited, String context) {
                check.accept(edited, context);
            }
        };
    }
}
