package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugGeneratorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Scale By The Bay '23                 | scale-by-the-bay-23",
                "Don't Panic                          | dont-panic",
                "It’s a “smart” quote                 | its-a-smart-quote",
                "Crème brûlée à la carte              | creme-brulee-a-la-carte",
                "Straße in Łódź                       | strasse-in-lodz",
                "Ærø and Œuvre, þorn, Đakovo          | aero-and-oeuvre-thorn-dakovo",
                "Hello, World!!!                      | hello-world",
                "  --Leading and trailing--           | leading-and-trailing",
                "C++ & Java: 2024 edition             | c-java-2024-edition",
                "Ünïcödé 🌉 bridge                   | unicode-bridge",
                "ﬁnal ﬁle (ligatures)                 | final-file-ligatures",
                "Ｆｕｌｌｗｉｄｔｈ ２０２４          | fullwidth-2024",
                "a_b/c.d                              | a-b-c-d",
                "日本語 and English                   | and-english",
            })
    void slugifiesTitles(String title, String slug) {
        assertEquals(slug, SlugGenerator.fromTitle(title));
    }

    @Test
    void titleWithNothingLatinGetsStableHashSlug() {
        String emoji = SlugGenerator.fromTitle("🌉🌉");
        assertTrue(emoji.matches("post-[0-9a-f]{8}"), emoji);
        assertEquals(emoji, SlugGenerator.fromTitle("🌉🌉"));
        assertNotEquals(emoji, SlugGenerator.fromTitle("日本語"));
        assertTrue(SlugGenerator.isValid(SlugGenerator.fromTitle("日本語")));
    }

    @Test
    void blankTitleIsUntitled() {
        assertEquals("untitled", SlugGenerator.fromTitle("   "));
        assertEquals("untitled", SlugGenerator.fromTitle(null));
    }

    @ParameterizedTest
    @CsvSource({
        "abc, true",
        "a-b-c, true",
        "2023, true",
        "a1-b2, true",
        "A-b, false",
        "a--b, false",
        "-a, false",
        "a-, false",
        "'', false",
        "a_b, false",
        "é, false",
    })
    void validatesSlugs(String slug, boolean valid) {
        assertEquals(valid, SlugGenerator.isValid(slug));
    }

    @Property
    void everyTitleGivesAValidSlug(@ForAll String title) {
        assertTrue(SlugGenerator.isValid(SlugGenerator.fromTitle(title)), title);
    }
}
