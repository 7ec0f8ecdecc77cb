package dev.postwright.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdTest {

    @Test
    void idsAreUniqueAndWrittenAsFamilyDotName() {
        List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        ids.forEach(id -> assertTrue(id.matches("[a-z][a-zA-Z]*\\.[a-z][a-z-]*"), id));
    }

    @Test
    void theCatalogIsTheEnumInItsOrder() {
        assertEquals(Arrays.stream(RuleId.values()).map(RuleId::id).toList(), List.copyOf(RuleCatalog.ids()));
        assertEquals(Severity.ERROR, RuleCatalog.defaultSeverity("link.broken").orElseThrow());
        assertEquals(Severity.INFO, RuleCatalog.defaultSeverity("image.remote").orElseThrow());
        assertTrue(RuleCatalog.defaultSeverity("link.brokn").isEmpty());
    }

    @Test
    void looksUpByItsText() {
        assertEquals(RuleId.TAG_NEAR_DUPLICATE, RuleId.of("tag.near-duplicate").orElseThrow());
        assertTrue(RuleId.of("no.such-rule").isEmpty());
        assertEquals("ogImage.size", RuleId.OG_IMAGE_SIZE.toString());
    }
}
