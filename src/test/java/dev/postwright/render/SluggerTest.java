package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SluggerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello World!|hello-world",
                "C++ & Rust|c--rust",
                "Über café|über-café",
                "Emoji 🎉 party|emoji--party",
                "foo_bar-baz|foo_bar-baz",
                "'  two  spaces'|--two--spaces",
                "Scale by the what?|scale-by-the-what",
                "[Sponsored] Conference Preview: Scale|sponsored-conference-preview-scale",
                "日本語の見出し|日本語の見出し",
                "Привет, мир|привет-мир",
                "`code` and *stars*|code-and-stars",
                "100% ready — go|100-ready--go",
                "a.b/c:d|abcd",
            })
    void slugsLikeGithubSlugger(String text, String expected) {
        assertEquals(expected, Slugger.slugOf(text));
    }

    @Test
    void duplicatesGetCounters() {
        Slugger s = new Slugger();
        assertEquals("intro", s.slug("Intro"));
        assertEquals("intro-1", s.slug("Intro"));
        assertEquals("intro-2", s.slug("intro"));
        assertEquals("intro-1-1", s.slug("Intro 1"));
        assertEquals("other", s.slug("Other"));
    }

    @Test
    void resetForgetsSlugs() {
        Slugger s = new Slugger();
        s.slug("A");
        s.reset();
        assertEquals("a", s.slug("A"));
    }
}
