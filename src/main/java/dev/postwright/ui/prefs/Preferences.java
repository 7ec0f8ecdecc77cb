package dev.postwright.ui.prefs;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostWriteException;
import dev.postwright.site.SiteConfig;
import dev.postwright.ui.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The writer's preferences as observable properties, stored in {@code preferences.properties} in the folder
 * given to the constructor (the app's data folder, next to the window session). Views bind to the properties;
 * the dialog writes a whole {@link PreferenceValues} with {@link #set} and then {@link #save}s.
 */
public final class Preferences {

    /** File name inside the folder. */
    public static final String FILE_NAME = "preferences.properties";

    private static final Logger LOG = System.getLogger(Preferences.class.getName());

    private final Path file;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final StringProperty editorFontFamily = new SimpleStringProperty(this, "editorFontFamily");
    private final IntegerProperty editorFontSize = new SimpleIntegerProperty(this, "editorFontSize");
    private final BooleanProperty wordWrap = new SimpleBooleanProperty(this, "wordWrap");
    private final IntegerProperty autosaveSeconds = new SimpleIntegerProperty(this, "autosaveSeconds");
    private final IntegerProperty descriptionMin = new SimpleIntegerProperty(this, "descriptionMin");
    private final IntegerProperty descriptionMax = new SimpleIntegerProperty(this, "descriptionMax");
    private final BooleanProperty loadRemoteContent = new SimpleBooleanProperty(this, "loadRemoteContent");
    private final BooleanProperty onlineLinkCheck = new SimpleBooleanProperty(this, "onlineLinkCheck");
    private final ObjectProperty<Optional<Path>> defaultSite =
            new SimpleObjectProperty<>(this, "defaultSite", Optional.empty());
    /** Mark as updated on save when the body changed; off unless the writer turns it on. */
    private final BooleanProperty markUpdatedOnSave = new SimpleBooleanProperty(this, "markUpdatedOnSave", false);

    static final String MARK_UPDATED = "save.mark-updated";

    /** Starts with the defaults; call {@link #load()} to read the file. */
    public Preferences(Path folder) {
        this.file = folder.resolve(FILE_NAME);
        set(PreferenceValues.DEFAULTS);
    }

    /** Reads the file; a missing or unreadable file leaves the defaults. Never throws. */
    public Preferences load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "could not read preferences from " + file + ": " + e.getMessage());
        }
        set(PreferenceValues.fromProperties(p));
        markUpdatedOnSave.set(
                Boolean.parseBoolean(p.getProperty(MARK_UPDATED, "false").strip()));
        return this;
    }

    /** Writes the file (through a temporary file, so a crash never leaves half of it). */
    public void save() throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Properties props = values().toProperties();
        props.setProperty(MARK_UPDATED, Boolean.toString(markUpdatedOnSave.get()));
        props.store(out, "Postwright preferences");
        try {
            PostFile.writeBytesAtomic(file, out.toByteArray());
        } catch (PostWriteException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Saves, logging a failure instead of throwing (for callers with nowhere to show it). */
    public boolean trySave() {
        try {
            save();
            return true;
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not save preferences to " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** The current values as one immutable snapshot. */
    public PreferenceValues values() {
        return new PreferenceValues(
                theme.get(),
                editorFontFamily.get(),
                editorFontSize.get(),
                wordWrap.get(),
                autosaveSeconds.get(),
                descriptionMin.get(),
                descriptionMax.get(),
                loadRemoteContent.get(),
                onlineLinkCheck.get(),
                defaultSite.get());
    }

    /** Sets every property from a snapshot (listeners fire only for the ones that change). */
    public void set(PreferenceValues v) {
        theme.set(v.theme());
        editorFontFamily.set(v.editorFontFamily());
        editorFontSize.set(v.editorFontSize());
        wordWrap.set(v.wordWrap());
        autosaveSeconds.set(v.autosaveSeconds());
        descriptionMin.set(v.descriptionMin());
        descriptionMax.set(v.descriptionMax());
        loadRemoteContent.set(v.loadRemoteContent());
        onlineLinkCheck.set(v.onlineLinkCheck());
        defaultSite.set(v.defaultSite());
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Empty means the editor stylesheet's monospace list. */
    public StringProperty editorFontFamilyProperty() {
        return editorFontFamily;
    }

    public IntegerProperty editorFontSizeProperty() {
        return editorFontSize;
    }

    public BooleanProperty wordWrapProperty() {
        return wordWrap;
    }

    public IntegerProperty autosaveSecondsProperty() {
        return autosaveSeconds;
    }

    public IntegerProperty descriptionMinProperty() {
        return descriptionMin;
    }

    public IntegerProperty descriptionMaxProperty() {
        return descriptionMax;
    }

    public BooleanProperty loadRemoteContentProperty() {
        return loadRemoteContent;
    }

    public BooleanProperty markUpdatedOnSaveProperty() {
        return markUpdatedOnSave;
    }

    public BooleanProperty onlineLinkCheckProperty() {
        return onlineLinkCheck;
    }

    /** Site settings these preferences imply: the description limits, for sites whose config sets none. */
    public SiteConfig siteDefaults() {
        return SiteConfig.defaults().withDescriptionLimits(descriptionMin.get(), descriptionMax.get());
    }

    public ObjectProperty<Optional<Path>> defaultSiteProperty() {
        return defaultSite;
    }

    /**
     * The inline style that applies the font preferences to the editor, e.g.
     * {@code -fx-font-size: 15px; -fx-font-family: "Fira Code";} (no family when empty).
     */
    public static String editorStyle(String family, int size) {
        String s = "-fx-font-size: " + size + "px;";
        if (family != null && !family.isBlank()) {
            s += " -fx-font-family: \"" + family.replace("\"", "").replace("\\", "") + "\";";
        }
        return s;
    }
}
