package dev.postwright.ui.prefs;

import dev.postwright.ui.theme.Theme;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * One immutable set of the writer's preferences, with the parsing and writing of its properties form. A
 * missing or unreadable value falls back to its default, one key at a time.
 *
 * @param editorFontFamily empty for the editor stylesheet's own monospace list
 * @param autosaveSeconds how often unsaved work is journalled
 * @param defaultSite the site opened when none is given, if any
 */
public record PreferenceValues(
        Theme theme,
        String editorFontFamily,
        int editorFontSize,
        boolean wordWrap,
        int autosaveSeconds,
        int descriptionMin,
        int descriptionMax,
        boolean loadRemoteContent,
        boolean onlineLinkCheck,
        Optional<Path> defaultSite) {

    public static final int MIN_FONT_SIZE = 8;
    public static final int MAX_FONT_SIZE = 40;
    public static final int MIN_AUTOSAVE = 1;
    public static final int MAX_AUTOSAVE = 3600;
    public static final int MAX_DESCRIPTION = 1000;

    public static final PreferenceValues DEFAULTS =
            new PreferenceValues(Theme.SYSTEM, "", 14, true, 5, 50, 160, false, false, Optional.empty());

    static final String THEME = "theme";
    static final String FONT_FAMILY = "editor.font.family";
    static final String FONT_SIZE = "editor.font.size";
    static final String WRAP = "editor.wrap";
    static final String AUTOSAVE = "autosave.seconds";
    static final String DESC_MIN = "description.min";
    static final String DESC_MAX = "description.max";
    static final String REMOTE = "preview.remote";
    static final String ONLINE = "links.online";
    static final String DEFAULT_SITE = "site.default";

    /** Out-of-range numbers are clamped; a min not below max falls back to both defaults. */
    public PreferenceValues {
        theme = theme == null ? Theme.SYSTEM : theme;
        editorFontFamily = editorFontFamily == null ? "" : editorFontFamily.strip();
        editorFontSize = clamp(editorFontSize, MIN_FONT_SIZE, MAX_FONT_SIZE);
        autosaveSeconds = clamp(autosaveSeconds, MIN_AUTOSAVE, MAX_AUTOSAVE);
        descriptionMin = clamp(descriptionMin, 0, MAX_DESCRIPTION);
        descriptionMax = clamp(descriptionMax, 1, MAX_DESCRIPTION);
        if (descriptionMin >= descriptionMax) {
            descriptionMin = 50;
            descriptionMax = 160;
        }
        defaultSite = defaultSite == null ? Optional.empty() : defaultSite;
    }

    /** Reads the values from properties; unknown keys are ignored, bad values give the default. */
    public static PreferenceValues fromProperties(Properties p) {
        PreferenceValues d = DEFAULTS;
        return new PreferenceValues(
                Theme.parse(p.getProperty(THEME)).orElse(d.theme()),
                p.getProperty(FONT_FAMILY, d.editorFontFamily()),
                intIn(p, FONT_SIZE, d.editorFontSize(), MIN_FONT_SIZE, MAX_FONT_SIZE),
                bool(p, WRAP, d.wordWrap()),
                intIn(p, AUTOSAVE, d.autosaveSeconds(), MIN_AUTOSAVE, MAX_AUTOSAVE),
                intIn(p, DESC_MIN, d.descriptionMin(), 0, MAX_DESCRIPTION),
                intIn(p, DESC_MAX, d.descriptionMax(), 1, MAX_DESCRIPTION),
                bool(p, REMOTE, d.loadRemoteContent()),
                bool(p, ONLINE, d.onlineLinkCheck()),
                path(p.getProperty(DEFAULT_SITE)));
    }

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty(THEME, theme.id());
        p.setProperty(FONT_FAMILY, editorFontFamily);
        p.setProperty(FONT_SIZE, Integer.toString(editorFontSize));
        p.setProperty(WRAP, Boolean.toString(wordWrap));
        p.setProperty(AUTOSAVE, Integer.toString(autosaveSeconds));
        p.setProperty(DESC_MIN, Integer.toString(descriptionMin));
        p.setProperty(DESC_MAX, Integer.toString(descriptionMax));
        p.setProperty(REMOTE, Boolean.toString(loadRemoteContent));
        p.setProperty(ONLINE, Boolean.toString(onlineLinkCheck));
        p.setProperty(DEFAULT_SITE, defaultSite.map(Path::toString).orElse(""));
        return p;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    /** A number outside the range is a bad value (someone edited the file): the default, not the nearest bound. */
    private static int intIn(Properties p, String key, int fallback, int min, int max) {
        String s = p.getProperty(key);
        if (s == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(s.strip());
            return v < min || v > max ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean bool(Properties p, String key, boolean fallback) {
        String s = p.getProperty(key);
        if (s == null) {
            return fallback;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> fallback;
        };
    }

    private static Optional<Path> path(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(s.strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
