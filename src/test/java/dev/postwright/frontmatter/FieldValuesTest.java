package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    private static FrontmatterDocument doc(String yaml, YamlDialect dialect) {
        return FrontmatterDocument.parse("---\n" + yaml + "---\n", dialect);
    }

    @Test
    void quotedNoIsABooleanTypeError() {
        FrontmatterDocument d = doc("draft: \"no\"\n", YamlDialect.YAML_1_1);
        TypedRead<Boolean> r = FieldValues.bool(d, "draft");
        assertTrue(r.value().isEmpty());
        assertTrue(r.typeError().orElseThrow().contains("true or false"));
    }

    @Test
    void plainNoDependsOnDialect() {
        assertEquals(
                Optional.of(false),
                FieldValues.bool(doc("draft: no\n", YamlDialect.YAML_1_1), "draft")
                        .value());
        assertTrue(FieldValues.bool(doc("draft: no\n", YamlDialect.YAML_1_2), "draft")
                .typeError()
                .isPresent());
    }

    @Test
    void datesByShape() {
        FrontmatterDocument d =
                doc("a: 2024-01-05\nb: 2024-01-05T10:00:00+02:00\nc: 2024-01-05 10:00:00\n", YamlDialect.YAML_1_2);
        assertEquals(LocalDate.of(2024, 1, 5), FieldValues.date(d, "a").value().orElseThrow());
        assertEquals(
                OffsetDateTime.of(2024, 1, 5, 10, 0, 0, 0, ZoneOffset.ofHours(2)),
                FieldValues.date(d, "b").value().orElseThrow());
        assertEquals(
                LocalDateTime.of(2024, 1, 5, 10, 0),
                FieldValues.date(d, "c").value().orElseThrow());
    }

    @Test
    void bareScalarIsNotAList() {
        FrontmatterDocument d = doc("tags: data\nother: [a, b]\n", YamlDialect.YAML_1_2);
        assertTrue(FieldValues.stringList(d, "tags").typeError().isPresent());
        assertEquals(
                List.of("a", "b"), FieldValues.stringList(d, "other").value().orElseThrow());
    }

    @Test
    void cliParsingByFieldType() {
        YamlValue tags = FieldValues.parseCli(Field.optional("tags", FieldType.STRING_LIST), "a, b,c");
        assertEquals(
                List.of("a", "b", "c"),
                ((YamlValue.Sequence) tags)
                        .items().stream()
                                .map(v -> ((YamlValue.Scalar) v).value())
                                .toList());
        assertEquals(
                ScalarKind.BOOLEAN,
                ((YamlValue.Scalar) FieldValues.parseCli(Field.optional("draft", FieldType.BOOLEAN), "true")).kind());
        assertEquals(
                ScalarKind.TIMESTAMP,
                ((YamlValue.Scalar)
                                FieldValues.parseCli(Field.required("pubDatetime", FieldType.DATETIME), "2024-01-05"))
                        .kind());
        assertEquals(
                ScalarKind.STRING,
                ((YamlValue.Scalar) FieldValues.parseCli(Field.required("title", FieldType.STRING), "yes")).kind());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> FieldValues.parseCli(Field.optional("draft", FieldType.BOOLEAN), "maybe"));
        assertTrue(
                e.getMessage().contains("draft")
                        && e.getMessage().contains("true or false")
                        && e.getMessage().contains("maybe"),
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> FieldValues.parseCli(Field.required("pubDatetime", FieldType.DATE), "2024-13-45"));
    }

    @Test
    void cliStringYesIsWrittenQuoted() {
        FrontmatterDocument d = doc("title: Old\n", YamlDialect.YAML_1_2)
                .with("title", FieldValues.parseCli(Field.required("title", FieldType.STRING), "yes"));
        assertEquals("---\ntitle: \"yes\"\n---\n", d.text());
    }
}
