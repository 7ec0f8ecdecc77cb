package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFormatKeeperTest {

    private static final OffsetDateTime NEW = OffsetDateTime.of(2024, 3, 9, 14, 30, 5, 120_000_000, ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-05                      | 2024-03-09
            2024-01-05T10:00:00Z            | 2024-03-09T14:30:05Z
            2024-01-05T10:00:00.000+02:00   | 2024-03-09T16:30:05.120+02:00
            2024-01-05 10:00:00 +02:00      | 2024-03-09 16:30:05 +02:00
            2024-01-05T10:00:00+0530        | 2024-03-09T20:00:05+0530
            2024-01-05T10:00:00             | 2024-03-09T14:30:05
            """)
    void keepsWrittenShapeAndZone(String old, String expected) {
        assertEquals(expected, DateFormatKeeper.format(NEW, old));
    }

    @Test
    void localDateIntoDatetimeKeepsOldTime() {
        assertEquals("2024-02-01T10:00:00Z", DateFormatKeeper.format(LocalDate.of(2024, 2, 1), "2024-01-05T10:00:00Z"));
    }

    @Test
    void zonedAndMissingOldValue() {
        ZonedDateTime z = ZonedDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris"));
        assertEquals("2024-07-01T09:00:00+02:00", DateFormatKeeper.format(z, null));
        assertEquals("2024-07-01", DateFormatKeeper.format(LocalDate.of(2024, 7, 1), "not a date"));
    }

    @Test
    void quotedDateStaysQuotedInDocument() {
        FrontmatterDocument d = FrontmatterDocument.parse(
                        "---\npubDatetime: \"2024-01-05\"\n---\n", YamlDialect.YAML_1_2)
                .withDate("pubDatetime", LocalDate.of(2024, 2, 2));
        assertEquals("---\npubDatetime: \"2024-02-02\"\n---\n", d.text());
        FrontmatterDocument bare = FrontmatterDocument.parse(
                        "---\npubDatetime: 2024-01-05\n---\n", YamlDialect.YAML_1_2)
                .withDate("pubDatetime", NEW);
        assertTrue(bare.text().contains("pubDatetime: 2024-03-09\n"), bare.text());
    }
}
