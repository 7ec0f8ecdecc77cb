package dev.postwright.spell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dictionary a language gets: bundled English, pairs found in a system folder, pairs the writer added. */
class DictionariesTest {

    @TempDir
    Path folder;

    private void copyFixture(Path to, String as) throws IOException {
        for (String ext : List.of(".aff", ".dic")) {
            try (InputStream in = DictionariesTest.class.getResourceAsStream("eo_XX" + ext)) {
                Files.copy(in, to.resolve(as + ext));
            }
        }
    }

    @Test
    void pairsInTheSystemFolderAreFoundButBundledEnglishWins() throws IOException {
        copyFixture(folder, "eo_XX");
        copyFixture(folder, "en_US"); // a four-word "English": must not replace the bundled one
        Dictionaries d = Dictionaries.create(List.of(), Optional.of(folder));
        assertTrue(
                d.languages().containsAll(List.of("eo-XX", "en-US", "en-GB")),
                d.languages().toString());
        assertTrue(d.engine("en-US").orElseThrow().isCorrect("receive"));
        assertTrue(d.engine("eo").orElseThrow().isCorrect("katoj"));
    }

    @Test
    void aPairTheWriterAddedWinsOverBundledEnglish(@TempDir Path mine) throws IOException {
        copyFixture(mine, "en_GB");
        Dictionaries d = Dictionaries.create(List.of(mine.resolve("en_GB.dic")), Optional.empty());
        SpellEngine gb = d.engine("en_gb").orElseThrow();
        assertTrue(gb.isCorrect("hundoj"));
        assertFalse(gb.isCorrect("colour"));
    }

    @Test
    void languagesResolveLikeSitesWriteThem() {
        Dictionaries d = Dictionaries.bundled();
        assertEquals(Optional.of("en-US"), d.resolve("en"));
        assertEquals(Optional.of("en-GB"), d.resolve("en_gb"));
        assertEquals(Optional.of("en-US"), d.resolve("en-IE"), "an English without a dictionary falls back to US");
        assertEquals(Optional.empty(), d.resolve("fr"));
        assertTrue(d.engine("fr").isEmpty());
    }
}
