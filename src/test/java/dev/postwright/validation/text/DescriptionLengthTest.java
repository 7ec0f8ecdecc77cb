package dev.postwright.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescriptionLengthTest {

    @Test
    void tooLong() {
        assertEquals(
                Optional.of("Description is 212 characters; keep it under 160 so search results show it whole"),
                DescriptionLength.checkDefault("x".repeat(212)));
    }

    @Test
    void tooShort() {
        assertEquals(
                Optional.of(
                        "Description is 12 characters; make it at least 50 so search results have something to show"),
                DescriptionLength.checkDefault("Short words."));
        assertEquals(
                Optional.of("Description is 1 character; make it at least 2 so search results have something to show"),
                new DescriptionLength(2, 3).check("a"));
    }

    @Test
    void silentAtTheLimitsAndWhenBlank() {
        assertTrue(DescriptionLength.checkDefault("x".repeat(160)).isEmpty());
        assertTrue(DescriptionLength.checkDefault("x".repeat(50)).isEmpty());
        assertTrue(DescriptionLength.checkDefault("").isEmpty());
        assertTrue(DescriptionLength.checkDefault(null).isEmpty());
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        // 160 emoji are 320 UTF-16 units but 160 characters to a writer.
        assertTrue(DescriptionLength.checkDefault("🌉".repeat(160)).isEmpty());
        assertTrue(DescriptionLength.checkDefault("🌉".repeat(161))
                .orElseThrow()
                .startsWith("Description is 161 characters"));
    }

    @Test
    void rejectsBadLimits() {
        assertThrows(IllegalArgumentException.class, () -> new DescriptionLength(10, 5));
    }
}
