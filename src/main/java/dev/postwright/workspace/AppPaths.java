package dev.postwright.workspace;

import java.nio.file.Path;
import java.util.Locale;

/** Where Postwright keeps its own files (sample site copy, session, backups, journal) per OS. */
public final class AppPaths {

    private final Path dataDir;

    public AppPaths(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The data folder: {@code -Dpostwright.data}, {@code POSTWRIGHT_DATA}, else the OS convention. */
    public static AppPaths fromEnvironment() {
        String override = System.getProperty("postwright.data", System.getenv("POSTWRIGHT_DATA"));
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override));
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return new AppPaths(Path.of(appData != null ? appData : home, "Postwright"));
        }
        if (os.contains("mac")) {
            return new AppPaths(Path.of(home, "Library", "Application Support", "Postwright"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppPaths(
                xdg != null && !xdg.isBlank()
                        ? Path.of(xdg, "postwright")
                        : Path.of(home, ".local", "share", "postwright"));
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The cache folder, for what can be made again (checked links, the fast-start class archive):
     * {@code $XDG_CACHE_HOME/postwright}, else {@code ~/.cache/postwright}.
     */
    public static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("postwright");
    }

    /** The writable copy of the bundled sample site. */
    public Path sampleSite() {
        return dataDir.resolve("sample-site");
    }
}
