package dev.postwright.ui.main;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostWriteException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the window remembers between runs: recent sites, the last site's open tabs, window bounds and divider
 * positions. Stored as a small properties file in the app's data folder; a damaged file is ignored.
 */
public record SessionState(
        List<Path> recentSites,
        List<Path> openTabs,
        Optional<Path> selectedTab,
        double x,
        double y,
        double width,
        double height,
        boolean maximized,
        double sidebarDivider,
        double previewDivider,
        double problemsDivider) {

    public static final int MAX_RECENT = 10;

    public SessionState {
        recentSites = List.copyOf(recentSites);
        openTabs = List.copyOf(openTabs);
    }

    public static SessionState empty() {
        return new SessionState(
                List.of(), List.of(), Optional.empty(), Double.NaN, Double.NaN, 1280, 800, false, 0.26, 0.5, 0.78);
    }

    public Optional<Path> lastSite() {
        return recentSites.isEmpty() ? Optional.empty() : Optional.of(recentSites.get(0));
    }

    /** This state with {@code site} first among the recent sites. */
    public SessionState withSiteOpened(Path site) {
        List<Path> recent = new ArrayList<>();
        recent.add(site);
        recentSites.stream().filter(p -> !p.equals(site)).limit(MAX_RECENT - 1).forEach(recent::add);
        return new SessionState(
                recent,
                openTabs,
                selectedTab,
                x,
                y,
                width,
                height,
                maximized,
                sidebarDivider,
                previewDivider,
                problemsDivider);
    }

    /** Reads the file; a missing or unreadable file gives the empty state. */
    public static SessionState load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return empty();
        }
        SessionState d = empty();
        return new SessionState(
                paths(p, "site.recent."),
                paths(p, "tab."),
                Optional.ofNullable(p.getProperty("tab.selected")).map(Path::of),
                num(p, "window.x", d.x),
                num(p, "window.y", d.y),
                num(p, "window.width", d.width),
                num(p, "window.height", d.height),
                Boolean.parseBoolean(p.getProperty("window.maximized")),
                num(p, "divider.sidebar", d.sidebarDivider),
                num(p, "divider.preview", d.previewDivider),
                num(p, "divider.problems", d.problemsDivider));
    }

    /** Writes the file through the shared atomic writer. */
    public void save(Path file) throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < recentSites.size(); i++) {
            p.setProperty("site.recent." + i, recentSites.get(i).toString());
        }
        for (int i = 0; i < openTabs.size(); i++) {
            p.setProperty("tab." + i, openTabs.get(i).toString());
        }
        selectedTab.ifPresent(t -> p.setProperty("tab.selected", t.toString()));
        p.setProperty("window.x", Double.toString(x));
        p.setProperty("window.y", Double.toString(y));
        p.setProperty("window.width", Double.toString(width));
        p.setProperty("window.height", Double.toString(height));
        p.setProperty("window.maximized", Boolean.toString(maximized));
        p.setProperty("divider.sidebar", Double.toString(sidebarDivider));
        p.setProperty("divider.preview", Double.toString(previewDivider));
        p.setProperty("divider.problems", Double.toString(problemsDivider));
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, "Postwright window session");
        try {
            PostFile.writeBytesAtomic(file, out.toByteArray());
        } catch (PostWriteException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<Path> paths(Properties p, String prefix) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; p.getProperty(prefix + i) != null; i++) {
            out.add(Path.of(p.getProperty(prefix + i)));
        }
        return out;
    }

    private static double num(Properties p, String key, double fallback) {
        try {
            String v = p.getProperty(key);
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
