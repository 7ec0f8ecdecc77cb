package dev.postwright.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ðŸŒ‰ | 🌉",
                "ðŸ¤¯ | 🤯",
                "â€“ | –",
                "â€” | —",
                "â€™ | ’",
                "â€¦ | …",
                "Ã© | é",
                "Ã¼ | ü",
                "Ã¶ | ö",
                "Ã± | ñ",
                "Ã— | ×",
                "Â© | ©",
                "Ã¼ber | über",
                "Å‚ | ł",
                "â„¢ | ™",
                "ï»¿ | \uFEFF",
                "Ð¿Ñ€Ð¸Ð²ÐµÑ‚ | привет",
                "Î±Î²Î³ | αβγ",
                "æ—¥æœ¬èªž | 日本語",
            })
    void repairsMojibake(String broken, String expected) {
        assertEquals(expected, Mojibake.repair(broken));
        assertEquals(1, Mojibake.find(broken).size());
    }

    @Test
    void spanPositionsAndRepairInContext() {
        String text = "Bay Bridge ðŸŒ‰ at night â€“ cafÃ© time";
        List<Mojibake.Span> spans = Mojibake.find(text);
        assertEquals(3, spans.size());
        Mojibake.Span first = spans.get(0);
        assertEquals(text.indexOf('ð'), first.start());
        assertEquals(first.start() + 4, first.end());
        assertEquals("ðŸŒ‰", first.original());
        assertEquals("🌉", first.repaired());
        assertEquals(new Mojibake.Span(text.indexOf("â€“"), text.indexOf("â€“") + 3, "â€“", "–"), spans.get(1));
        assertEquals("Bay Bridge 🌉 at night – café time", Mojibake.repair(text));
    }

    @Test
    void nbspMojibake() {
        assertEquals("a\u00A0b", Mojibake.repair("aÂ\u00A0b"));
    }

    @Test
    void undefinedCp1252BytesArriveAsC1Controls() {
        // ” is E2 80 9D; 0x9D is undefined in cp1252, so decoders give U+009D.
        assertEquals("”", Mojibake.repair("â€\u009D"));
        // Java's own cp1252 decoder gives U+FFFD instead; ” is the likely original.
        assertEquals("x”y", Mojibake.repair("xâ€\uFFFDy"));
        assertEquals("â€\uFFFD", Mojibake.find("xâ€\uFFFDy").get(0).original());
        // 🍍 is F0 9F 8D 8D: two undefined bytes.
        assertEquals("🍍", Mojibake.repair("ðŸ\u008D\u008D"));
    }

    @Test
    void adjacentSequencesFormOneRun() {
        List<Mojibake.Span> spans = Mojibake.find("â€œHiâ€\u009D");
        assertEquals(2, spans.size());
        assertEquals("“", spans.get(0).repaired());
        assertEquals("”", spans.get(1).repaired());
        assertEquals(1, Mojibake.find("ðŸŒ‰ðŸ¤¯").size());
        assertEquals("🌉🤯", Mojibake.find("ðŸŒ‰ðŸ¤¯").get(0).repaired());
    }

    @Test
    void roundTripsRealEncodingDamage() {
        String good = "Grüße – “quoted” … naïve café 🌉 日本 ™ ©";
        String broken = new String(good.getBytes(StandardCharsets.UTF_8), CP1252);
        assertEquals(good, Mojibake.repair(broken));
        String latin1 = new String(good.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(good, Mojibake.repair(latin1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "café",
                "naïve",
                "Ærø",
                "São Paulo",
                "Ã",
                "Â",
                "ð",
                "â€",
                "Grüße aus Köln, schöne Straße",
                "„Fuß“ und „Spaß“",
                "CAFÉ’s menu",
                "C’est déjà l’été à Paris",
                "« la vérité\u00A0» et voilà\u00A0»",
                "¿Qué tal? Año nuevo, señor",
                "© 2024",
                "€5",
                "em — dash – en",
                "real emoji 🌉🤯",
                "Ærøskøbing",
                "Ñandú",
                "ÉTÉ’s",
                "Ö”",
                "ß“",
                "½ ¼ ¾",
                "Ça va? Où ça?",
                "SÃO PAULO",
                "“smart quotes” ‘single’",
                "Ελληνικά",
                "русский",
                "日本語",
                "plain ascii",
                "",
            })
    void silentOnLegitText(String text) {
        assertTrue(Mojibake.find(text).isEmpty(), () -> "fired on: " + text + " -> " + Mojibake.find(text));
        assertEquals(text, Mojibake.repair(text));
    }

    @Test
    void invalidUtf8IsNotRepaired() {
        // E0 80 80 would be an overlong encoding; ED A0 80 a surrogate.
        assertTrue(Mojibake.find("à€€").isEmpty());
        assertTrue(Mojibake.find("í\u00A0€").isEmpty());
        // Truncated at end of text.
        assertTrue(Mojibake.find("xðŸŒ").isEmpty());
    }
}
