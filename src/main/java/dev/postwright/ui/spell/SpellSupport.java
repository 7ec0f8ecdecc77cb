package dev.postwright.ui.spell;

import dev.postwright.spell.Dictionaries;
import dev.postwright.spell.SiteSpelling;
import dev.postwright.workspace.SiteSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The window's spell checking: on or off, the extra Hunspell dictionaries the writer added, the personal
 * dictionary, all kept in the data folder ({@code spelling.properties}, {@code dictionary.txt}). One
 * {@link Dictionaries} is shared by every site opened, so each language loads once.
 */
public final class SpellSupport {

    public static final String FILE_NAME = "spelling.properties";
    public static final String PERSONAL_DICTIONARY = "dictionary.txt";

    private final Path dataDir;
    private boolean enabled = true;
    private List<Path> extra = new ArrayList<>();
    private Dictionaries dictionaries;
    private SiteSession session;

    public SpellSupport(Path dataDir) {
        this.dataDir = dataDir;
        load();
    }

    private void load() {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return; // unreadable settings: the defaults
        }
        enabled = !"false".equalsIgnoreCase(p.getProperty("enabled", "true").strip());
        extra = new ArrayList<>();
        for (String s : p.getProperty("dictionaries", "").split(";")) {
            try {
                if (!s.isBlank()) {
                    extra.add(Path.of(s.strip()));
                }
            } catch (InvalidPathException e) {
                // skip a path this OS cannot read
            }
        }
    }

    /** Saves the settings; false (and nothing lost in memory) when the data folder is not writable. */
    public boolean save() {
        Properties p = new Properties();
        p.setProperty("enabled", Boolean.toString(enabled));
        p.setProperty(
                "dictionaries",
                String.join(";", extra.stream().map(Path::toString).toList()));
        try {
            Files.createDirectories(dataDir);
            try (OutputStream out = Files.newOutputStream(dataDir.resolve(FILE_NAME))) {
                p.store(out, "Postwright spell checking");
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public List<Path> extraDictionaries() {
        return List.copyOf(extra);
    }

    /** New settings: the open site is checked with them from its next analysis. */
    public void set(boolean enabled, List<Path> extraDictionaries) {
        boolean dictionariesChanged = !extra.equals(extraDictionaries);
        this.enabled = enabled;
        this.extra = new ArrayList<>(extraDictionaries);
        if (dictionariesChanged) {
            dictionaries = null;
        }
        if (session != null) {
            attach(session);
        }
    }

    /** Switches a newly opened site's spelling rule on (or leaves it off). Reads nothing: safe on the UI thread. */
    public void attach(SiteSession opened) {
        this.session = opened;
        if (!enabled) {
            opened.spelling().use(null);
            return;
        }
        if (dictionaries == null) {
            dictionaries = Dictionaries.create(extra, Optional.of(Dictionaries.SYSTEM_FOLDER));
        }
        opened.spelling()
                .use(SiteSpelling.open(
                        opened.site().root(), dictionaries, Optional.of(dataDir.resolve(PERSONAL_DICTIONARY))));
    }
}
