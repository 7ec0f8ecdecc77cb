package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The date fields read across generators: the names and order the index and DateRule always used. */
class DateFieldsTest {

    @Test
    void gatheredFromEveryGeneratorInPresetOrder() {
        assertEquals(List.of("pubDatetime", "date"), DateFields.published());
        assertEquals(List.of("modDatetime", "lastmod", "last_modified_at"), DateFields.modified());
        assertEquals(
                List.of(List.of("pubDatetime", "modDatetime"), List.of("date", "lastmod", "last_modified_at")),
                DateFields.pairs());
    }
}
