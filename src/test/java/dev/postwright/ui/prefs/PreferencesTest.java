package dev.postwright.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferencesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        Preferences p = new Preferences(dir).load();
        assertEquals(PreferenceValues.DEFAULTS, p.values());
        assertEquals(Theme.SYSTEM, p.themeProperty().get());
        assertEquals(5, p.autosaveSecondsProperty().get());
        assertEquals(50, p.descriptionMinProperty().get());
        assertEquals(160, p.descriptionMaxProperty().get());
        assertFalse(p.loadRemoteContentProperty().get());
        assertFalse(p.onlineLinkCheckProperty().get());
        assertEquals(Optional.empty(), p.defaultSiteProperty().get());
    }

    @Test
    void savedValuesComeBack() throws IOException {
        Preferences p = new Preferences(dir);
        PreferenceValues v = new PreferenceValues(
                Theme.DARK, "Fira Code", 17, false, 30, 40, 150, true, true, Optional.of(dir.resolve("my site")));
        p.set(v);
        p.save();

        Preferences again = new Preferences(dir).load();
        assertEquals(v, again.values());
        assertTrue(Files.isRegularFile(dir.resolve(Preferences.FILE_NAME)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void savingCreatesTheFolder() throws IOException {
        Preferences p = new Preferences(dir.resolve("a/b"));
        p.editorFontSizeProperty().set(20);
        p.save();
        assertEquals(
                20,
                new Preferences(dir.resolve("a/b"))
                        .load()
                        .editorFontSizeProperty()
                        .get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            theme            | purple
            theme            | ''
            editor.font.size | huge
            editor.font.size | 3
            editor.font.size | 400
            editor.wrap      | maybe
            autosave.seconds | -5
            autosave.seconds | 0
            autosave.seconds | 1e3
            description.min  | -1
            description.max  | x
            preview.remote   | sure
            links.online     | 2
            """)
    void aBadValueFallsBackToItsDefault(String key, String value) throws IOException {
        write(key, value);
        assertEquals(PreferenceValues.DEFAULTS, new Preferences(dir).load().values());
    }

    @Test
    void oneBadValueDoesNotSpoilTheOthers() throws IOException {
        write("editor.font.size", "huge", "theme", "dark", "autosave.seconds", "12");
        PreferenceValues v = new Preferences(dir).load().values();
        assertEquals(14, v.editorFontSize());
        assertEquals(Theme.DARK, v.theme());
        assertEquals(12, v.autosaveSeconds());
    }

    @Test
    void aMinimumNotBelowTheMaximumGivesBothDefaults() throws IOException {
        write("description.min", "200", "description.max", "100");
        PreferenceValues v = new Preferences(dir).load().values();
        assertEquals(50, v.descriptionMin());
        assertEquals(160, v.descriptionMax());
    }

    @Test
    void aFileThatIsNotPropertiesGivesTheDefaults() throws IOException {
        Files.write(dir.resolve(Preferences.FILE_NAME), new byte[] {'\\', 'u', 'z', 'z'});
        assertEquals(PreferenceValues.DEFAULTS, new Preferences(dir).load().values());
    }

    @Test
    void themeIdsAreCaseInsensitive() {
        assertEquals(Optional.of(Theme.DARK), Theme.parse(" Dark "));
        assertEquals(Optional.empty(), Theme.parse("night"));
    }

    @Test
    void editorStyleNamesTheFamilyOnlyWhenChosen() {
        assertEquals("-fx-font-size: 15px;", Preferences.editorStyle("", 15));
        assertEquals("-fx-font-size: 12px; -fx-font-family: \"Fira Code\";", Preferences.editorStyle("Fira Code", 12));
    }

    private void write(String... keyValues) throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        try (var out = Files.newOutputStream(dir.resolve(Preferences.FILE_NAME))) {
            p.store(out, null);
        }
    }
}
