package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarWriterTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Hello                       | Hello
            Hello world                 | Hello world
            [Sponsored] Preview         | "[Sponsored] Preview"
            yes                         | "yes"
            no                          | "no"
            on                          | "on"
            1.0                         | "1.0"
            42                          | "42"
            2023-10-01                  | "2023-10-01"
            null                        | "null"
            true                        | "true"
            ~                           | "~"
            ''                          | "''"
            `a: b`                      | "a: b"
            `a #b`                      | "a #b"
            a#b                         | a#b
            - item                      | "- item"
            ? q                         | "? q"
            {x}                         | "{x}"
            &anchor                     | "&anchor"
            *alias                      | "*alias"
            !tag                        | "!tag"
            > gt                        | "> gt"
            "dq                         | "\\"dq"
            %percent                    | "%percent"
            @handle                     | "@handle"
            Crème brûlée 🌉             | Crème brûlée 🌉
            https://example.com/a?b=c   | https://example.com/a?b=c
            ends with colon:            | "ends with colon:"
            """)
    void plainUnlessYamlNeedsQuotes(String input, String expected) {
        assertEquals(expected, ScalarWriter.write(input, ScalarStyle.PLAIN, false));
    }

    @Test
    void charactersCsvCannotCarry() {
        assertEquals("\" lead\"", ScalarWriter.write(" lead", ScalarStyle.PLAIN, false));
        assertEquals("\"trail \"", ScalarWriter.write("trail ", ScalarStyle.PLAIN, false));
        assertEquals("\"| pipe\"", ScalarWriter.write("| pipe", ScalarStyle.PLAIN, false));
        assertEquals("\"`tick\"", ScalarWriter.write("`tick", ScalarStyle.PLAIN, false));
        assertEquals("\"line\\nbreak\"", ScalarWriter.write("line\nbreak", ScalarStyle.SINGLE, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Hello          | SINGLE | 'Hello'
            it's           | SINGLE | 'it''s'
            Hello          | DOUBLE | "Hello"
            a, b           | PLAIN  | "a, b"
            """)
    void keepsPreferredStyle(String input, ScalarStyle style, String expected) {
        boolean flow = input.contains(",");
        assertEquals(expected, ScalarWriter.write(input, style, flow));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023-10-01 | TIMESTAMP | TIMESTAMP
            2023-10-01T08:00:00+02:00 | TIMESTAMP | TIMESTAMP
            2023-10-01 08:00:00Z | TIMESTAMP | TIMESTAMP
            no | STRING | BOOLEAN
            yes | STRING | BOOLEAN
            on | STRING | BOOLEAN
            off | STRING | BOOLEAN
            y | STRING | BOOLEAN
            True | BOOLEAN | BOOLEAN
            FALSE | BOOLEAN | BOOLEAN
            ~ | NULL | NULL
            null | NULL | NULL
            12 | INTEGER | INTEGER
            0x1F | INTEGER | INTEGER
            1.5 | FLOAT | FLOAT
            .inf | FLOAT | FLOAT
            hello | STRING | STRING
            """)
    void dialectKinds(String text, ScalarKind v12, ScalarKind v11) {
        assertEquals(v12, ScalarKinds.resolvePlain(text, YamlDialect.YAML_1_2));
        assertEquals(v11, ScalarKinds.resolvePlain(text, YamlDialect.YAML_1_1));
    }
}
