package dev.postwright.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "plain            | \"plain\"",
                "say \"hi\"       | \"say \\\"hi\\\"\"",
                "back\\slash      | \"back\\\\slash\"",
                "a/b              | \"a/b\"",
                "café 🌉 –        | \"café 🌉 –\"",
            })
    void quotes(String in, String out) {
        assertEquals(out, Json.quote(in));
    }

    @org.junit.jupiter.api.Test
    void escapesControlsAndOddChars() {
        assertEquals("\"a\\nb\\r\\tc\\b\\f\"", Json.quote("a\nb\r\tc\b\f"));
        assertEquals("\"\\u0000\\u001b\\u007f\"", Json.quote("\u0000\u001b\u007f"));
        assertEquals("\"\\u2028\\u2029\"", Json.quote("\u2028\u2029"));
        assertEquals("\"\\ud83c\"", Json.quote("\ud83c"));
        assertEquals("\"x\\udf09\"", Json.quote("x\udf09"));
        assertEquals("null", Json.quote(null));
    }
}
