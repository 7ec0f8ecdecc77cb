package dev.postwright.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevenshteinTest {

    @ParameterizedTest
    @CsvSource({
        "'', '', 0, true",
        "a, '', 1, true",
        "kitten, sitting, 3, false",
        "astro, astra, 1, true",
        "astro, astros, 1, true",
        "astro, stro, 1, true",
        "abc, acb, 2, false",
        "react, react, 0, true",
        "ab, abcd, 2, false",
    })
    void table(String a, String b, int distance, boolean withinOne) {
        assertEquals(distance, Levenshtein.distance(a, b));
        assertEquals(withinOne, Levenshtein.withinOne(a, b));
        assertEquals(withinOne, Levenshtein.withinOne(b, a));
    }

    @Property
    void withinOneAgreesWithDistance(
            @ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'c') String a,
            @ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'c') String b) {
        assertEquals(Levenshtein.distance(a, b) <= 1, Levenshtein.withinOne(a, b));
    }
}
