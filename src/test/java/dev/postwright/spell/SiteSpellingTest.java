package dev.postwright.spell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking a post against the dictionaries, the site's and writer's word lists, ignores and vocabulary. */
class SiteSpellingTest {

    /** Bundled English loads once for all tests here, as it does for all sites in the app. */
    private static final Dictionaries BUNDLED = Dictionaries.bundled();

    @TempDir
    Path site;

    private SiteSpelling spelling() {
        return SiteSpelling.open(site, BUNDLED, Optional.empty());
    }

    private static List<Misspelling> check(SiteSpelling s, String text, List<String> vocabulary) {
        FrontmatterDocument fm = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        return s.check(Path.of("post.md"), text, fm, vocabulary);
    }

    private static List<String> words(List<Misspelling> found) {
        return found.stream().map(Misspelling::word).toList();
    }

    @Test
    void flagsAMisspeltWordWithSuggestionsAndItsPlaceInTheFile() {
        String text = "---\ntitle: Bread\n---\nI recieve letters and didn't answer; they're late.\n";
        List<Misspelling> found = check(spelling(), text, List.of());
        assertEquals(List.of("recieve"), words(found));
        Misspelling m = found.get(0);
        assertEquals(text.indexOf("recieve"), m.start());
        assertEquals(m.start() + 7, m.end());
        assertEquals("receive", m.suggestions().get(0));
        assertEquals("en-US", m.language());
    }

    @Test
    void aCorrectPostIsSilent() {
        String text = "---\ntitle: A good day\ndescription: Nothing wrong here at all.\n---\n"
                + "The starter doubled overnight. It's ready, isn't it?\n";
        assertEquals(List.of(), check(spelling(), text, List.of()));
    }

    @Test
    void titleAndDescriptionAreCheckedWhereTheyAreWritten() {
        String text = "---\ntitle: \"A wonderfull day\"\ndescription: Walking the rigde\ntags: [wrngtag]\n---\nBody.\n";
        List<Misspelling> found = check(spelling(), text, List.of());
        assertEquals(List.of("wonderfull", "rigde"), words(found));
        assertEquals(text.indexOf("wonderfull"), found.get(0).start());
        assertEquals(text.indexOf("rigde"), found.get(1).start());
    }

    @Test
    void extraProseFieldsComeFromTheSiteConfig() throws IOException {
        Files.writeString(site.resolve(".postwright.yml"), "spell:\n  fields: [summary]\n");
        String text = "---\ntitle: Fine\nsummary: A shrot note\nauthor: Wrngname\n---\n";
        assertEquals(List.of("shrot"), words(check(spelling(), text, List.of())));
    }

    @Test
    void theSiteLanguageComesFromPostwrightYml() throws IOException {
        String text = "---\ntitle: Paint\n---\nThe colour and the color.\n";
        assertEquals(List.of("colour"), words(check(spelling(), text, List.of())));
        Files.writeString(site.resolve(".postwright.yml"), "spell: { lang: en-GB }\n");
        List<Misspelling> british = check(spelling(), text, List.of());
        assertEquals(List.of("color"), words(british));
        assertEquals("en-GB", british.get(0).language());
    }

    @Test
    void theSiteLanguageComesFromTheGeneratorConfig() throws IOException {
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://example.org/'\nlanguageCode = 'en-gb'\n");
        assertEquals("en-GB", SpellSettings.of(site).language());
        Files.delete(site.resolve("hugo.toml"));
        Files.createDirectories(site.resolve("src"));
        Files.writeString(site.resolve("src/config.ts"), "export const SITE = {\n  lang: \"en\", // html lang\n};\n");
        assertEquals("en", SpellSettings.of(site).language());
        Files.delete(site.resolve("src/config.ts"));
        assertEquals("en-US", SpellSettings.of(site).language());
    }

    @Test
    void addingToTheSiteDictionaryWritesASortedDeduplicatedFile() throws Exception {
        SiteSpelling s = spelling();
        String text = "---\ntitle: T\n---\nA banneton and a Zorblat.\n";
        assertEquals(List.of("banneton", "Zorblat"), words(check(s, text, List.of())));
        s.addToSiteDictionary("Zorblat");
        s.addToSiteDictionary("banneton");
        s.addToSiteDictionary("banneton");
        s.addToSiteDictionary("autolyse");
        Path file = site.resolve(SiteSpelling.SITE_DICTIONARY);
        assertEquals(List.of("autolyse", "banneton", "Zorblat"), Files.readAllLines(file, StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temp file left beside the dictionary");
        }
        assertEquals(List.of(), check(s, text, List.of()));
        // a new session reads the committed file
        assertEquals(List.of(), check(spelling(), text, List.of()));
    }

    @Test
    void aLowerCaseDictionaryWordCoversItsCapitalisedForm() throws Exception {
        SiteSpelling s = spelling();
        s.addToSiteDictionary("banneton");
        assertEquals(List.of(), check(s, "---\ntitle: T\n---\nBanneton first, then banneton.\n", List.of()));
    }

    @Test
    void ignoringAWordCountsForThatPostOnly() {
        SiteSpelling s = spelling();
        String text = "---\ntitle: T\n---\nThe Zorblat again.\n";
        FrontmatterDocument fm = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        s.ignore(Path.of("a.md"), "Zorblat");
        assertEquals(List.of(), s.check(Path.of("a.md"), text, fm, List.of()));
        assertEquals(1, s.check(Path.of("b.md"), text, fm, List.of()).size());
    }

    @Test
    void thePersonalDictionaryIsKnownEverywhere(@TempDir Path data) throws Exception {
        Path personal = data.resolve("dictionary.txt");
        SiteSpelling s = SiteSpelling.open(site, BUNDLED, Optional.of(personal));
        s.addToPersonalDictionary("Zorblat");
        assertTrue(Files.readString(personal).contains("Zorblat"));
        assertFalse(Files.exists(site.resolve(SiteSpelling.SITE_DICTIONARY)));
        assertEquals(List.of(), check(s, "---\ntitle: T\n---\nZorblat.\n", List.of()));
    }

    @Test
    void tagsAndTitlesAreTheSitesOwnWords() {
        String text = "---\ntitle: T\n---\nMy banneton and the Zorblat loaf.\n";
        assertEquals(2, check(spelling(), text, List.of()).size());
        assertEquals(List.of(), check(spelling(), text, List.of("banneton", "The Zorblat Loaf")));
    }

    @Test
    void aSecondLanguageFromAHunspellPair(@TempDir Path dicts) throws IOException {
        for (String name : List.of("eo_XX.aff", "eo_XX.dic")) {
            try (InputStream in = SiteSpellingTest.class.getResourceAsStream(name)) {
                Files.copy(in, dicts.resolve(name));
            }
        }
        Dictionaries withEo = Dictionaries.create(List.of(dicts.resolve("eo_XX.dic")), Optional.empty());
        assertTrue(withEo.languages().contains("eo-XX"));
        SiteSpelling s = SiteSpelling.open(site, withEo, Optional.empty());
        String text = "---\ntitle: Hundoj\nlang: eo\n---\nGrandaj hundoj kaj katoo.\n";
        List<Misspelling> found = check(s, text, List.of());
        // "kaj" is not in the four-word fixture; "katoo" is one letter from "kato"
        assertEquals(List.of("kaj", "katoo"), words(found));
        assertEquals("eo-XX", found.get(1).language());
        assertEquals("kato", found.get(1).suggestions().get(0));
    }

    @Test
    void aBrokenPairIsReportedAndFlagsNothing(@TempDir Path dicts) throws IOException {
        Files.writeString(dicts.resolve("xx_YY.dic"), "1\nword\n");
        Dictionaries d = Dictionaries.create(List.of(dicts.resolve("xx_YY.dic")), Optional.empty());
        assertTrue(d.engine("xx").isPresent());
        assertTrue(
                d.failure("xx").orElseThrow().contains("xx_YY.aff"),
                d.failure("xx").toString());
    }
}
