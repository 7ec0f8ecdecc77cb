package dev.postwright.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagVocabularyTest {

    private static final TagVocabulary SITE = new TagVocabulary(Map.ofEntries(
            Map.entry("javascript", 12),
            Map.entry("bread-making", 4),
            Map.entry("sourdough", 7),
            Map.entry("recipe", 3),
            Map.entry("category", 2),
            Map.entry("box", 2),
            Map.entry("go", 5),
            Map.entry("js", 2),
            Map.entry("css", 3),
            Map.entry("python3", 6),
            Map.entry("api", 2),
            Map.entry("astro", 9)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "JavaScript, javascript", // case
        "JAVASCRIPT, javascript",
        "bread_making, bread-making", // separators
        "Bread Making, bread-making",
        "bread--making, bread-making",
        "recipes, recipe", // plural s
        "boxes, box", // plural es
        "categories, category", // ies <-> y
        "apis, api",
        "sourdogh, sourdough", // one edit
        "sourdoughh, sourdough",
        "javascripts, javascript",
        "astor, ''", // transposition is two edits
        "astra, astro",
        "python2, ''", // digit for digit: a different version, not a typo
        "pythn3, python3",
        "javascript, ''", // identical
        "go, ''", // short tags: no edit distance
        "gx, ''",
        "j, ''",
        "cs, ''", // 'css' is not the plural of 'cs'
        "typescript, ''",
        "react, ''",
    })
    void nearDuplicates(String tag, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), SITE.nearDuplicateOf(tag));
    }

    @Test
    void prefersTheMostUsedCandidate() {
        TagVocabulary v = new TagVocabulary(Map.of("Cooking", 2, "cooking", 9, "cookin", 1));
        assertEquals(Optional.of("cooking"), v.nearDuplicateOf("COOKING"));
        assertEquals(Optional.of("cooking"), v.nearDuplicateOf("Cooking"));
        assertEquals(Optional.of("cooking"), v.nearDuplicateOf("cookin"));
        assertEquals(Optional.empty(), v.nearDuplicateOf("cooking"));
    }

    @Test
    void tiesGoToKebabThenAlphabetical() {
        TagVocabulary v = new TagVocabulary(Map.of("Web_Dev", 3, "web-dev", 3, "webdev", 3));
        assertEquals(Optional.of("web-dev"), v.nearDuplicateOf("Web Dev"));
        assertEquals(Optional.of("web-dev"), v.nearDuplicateOf("Web_Dev"));
        assertEquals(Optional.empty(), v.nearDuplicateOf("web-dev"));
        TagVocabulary alpha = new TagVocabulary(Map.of("colour", 2, "color", 2));
        assertEquals(Optional.of("color"), alpha.nearDuplicateOf("colour"));
        assertEquals(Optional.empty(), alpha.nearDuplicateOf("color"));
    }

    @Test
    void emptyVocabularyNeverFires() {
        assertEquals(Optional.empty(), new TagVocabulary(Map.of()).nearDuplicateOf("anything"));
        assertEquals(Optional.empty(), new TagVocabulary(Map.of("Java", 0)).nearDuplicateOf("java"));
    }

    @ParameterizedTest
    @CsvSource({
        "bread-making, true",
        "a1-b2, true",
        "javascript, true",
        "Bread_Making, false",
        "JavaScript, false",
        "bread--making, false",
        "-lead, false",
        "trail-, false",
        "with space, false",
        "café, false",
        "'', false",
    })
    void kebab(String tag, boolean kebab) {
        assertEquals(kebab, TagVocabulary.isKebab(tag));
    }

    @ParameterizedTest
    @CsvSource({
        "Bread_Making, bread-making",
        "JavaScript, javascript",
        "Web  Dev, web-dev",
        "--odd--, odd",
        "Café Crème, cafe-creme",
        "C++, c",
        "++, ''",
        "already-kebab, already-kebab",
    })
    void toKebab(String tag, String expected) {
        String kebab = TagVocabulary.toKebab(tag);
        assertEquals(expected == null ? "" : expected, kebab);
        assertTrue(kebab.isEmpty() || TagVocabulary.isKebab(kebab));
    }

    @Test
    void duplicateIndexes() {
        assertEquals(List.of(2, 4), TagVocabulary.duplicateIndexes(List.of("a", "b", "a", "c", "a")));
        assertEquals(List.of(), TagVocabulary.duplicateIndexes(List.of("a", "A", "b")));
        assertFalse(TagVocabulary.duplicateIndexes(List.of("x", "x")).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void twoSpellingsUsedOnceEachDoNotFlagEachOther() {
        // The post using 'notes' sees only 'Notes' elsewhere, and the other way round.
        Assertions.assertEquals(Optional.empty(), new TagVocabulary(Map.of("Notes", 1)).nearDuplicateOf("notes", 1));
        Assertions.assertEquals(
                Optional.of("notes"), new TagVocabulary(Map.of("notes", 1)).nearDuplicateOf("Notes", 1));
        Assertions.assertEquals(
                Optional.of("Notes"), new TagVocabulary(Map.of("Notes", 2)).nearDuplicateOf("notes", 1));
    }
}
