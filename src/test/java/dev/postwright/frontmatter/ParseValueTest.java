package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseValueTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "12          | 12        | INTEGER   | PLAIN",
                "'12'        | 12        | STRING    | SINGLE",
                "\"a: b\"    | a: b      | STRING    | DOUBLE",
                "1.5         | 1.5       | FLOAT     | PLAIN",
                "true        | true      | BOOLEAN   | PLAIN",
                "2024-01-05  | 2024-01-05| TIMESTAMP | PLAIN",
                "hello world | hello world | STRING  | PLAIN",
                "x # note    | x         | STRING    | PLAIN",
                "---         | ---       | STRING    | PLAIN",
            })
    void readsOneScalarWithItsKindAndStyle(String source, String value, ScalarKind kind, ScalarStyle style) {
        YamlValue.Scalar s =
                FieldValues.parseScalar(source, YamlDialect.YAML_1_2).orElseThrow();
        assertEquals(value, s.value());
        assertEquals(kind, s.kind());
        assertEquals(style, s.style());
    }

    @Test
    void theDialectDecidesTheKind() {
        assertEquals(
                ScalarKind.STRING,
                FieldValues.parseScalar("yes", YamlDialect.YAML_1_2)
                        .orElseThrow()
                        .kind());
        assertEquals(
                ScalarKind.BOOLEAN,
                FieldValues.parseScalar("yes", YamlDialect.YAML_1_1)
                        .orElseThrow()
                        .kind());
    }

    @Test
    void aCommentAloneIsNull() {
        assertTrue(FieldValues.parseScalar("# nothing", YamlDialect.YAML_1_2)
                .orElseThrow()
                .isNull());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {"[a, b]", "a: b", "'open", "- a", "{a: 1"})
    void refusesWhatIsNotOneScalar(String source) {
        assertTrue(FieldValues.parseScalar(source, YamlDialect.YAML_1_2).isEmpty(), source);
    }

    @Test
    void listsAreValuesButNotScalars() {
        YamlValue v = FieldValues.parseValue("[a, b]", YamlDialect.YAML_1_2).orElseThrow();
        assertEquals(2, assertInstanceOf(YamlValue.Sequence.class, v).items().size());
    }
}
