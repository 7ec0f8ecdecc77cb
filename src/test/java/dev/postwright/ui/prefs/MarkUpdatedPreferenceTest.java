package dev.postwright.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Mark as updated on save when the body changed": off unless turned on, and kept across runs. */
class MarkUpdatedPreferenceTest {

    @TempDir
    Path dir;

    @Test
    void offByDefaultAndSavedWhenTurnedOn() throws IOException {
        assertFalse(new Preferences(dir).load().markUpdatedOnSaveProperty().get());
        Preferences p = new Preferences(dir);
        p.markUpdatedOnSaveProperty().set(true);
        p.save();
        assertTrue(Files.readString(dir.resolve(Preferences.FILE_NAME)).contains("save.mark-updated=true"));
        assertTrue(new Preferences(dir).load().markUpdatedOnSaveProperty().get());
        p.markUpdatedOnSaveProperty().set(false);
        p.save();
        assertFalse(new Preferences(dir).load().markUpdatedOnSaveProperty().get());
    }
}
