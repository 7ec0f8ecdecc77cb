package dev.postwright.site.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The URLs of a Jekyll site's pages: every {@code .md}, {@code .markdown} or {@code .html} file with front matter
 * outside {@code _} folders (its own {@code permalink:}, else its path as {@code .html}), pages in
 * {@code _pages/}, and documents of collections with {@code output: true} (at the collection's {@code permalink}
 * pattern, {@link JekyllCollectionUrls}).
 * Static files are checked as files of the site root by the link rule itself.
 */
final class JekyllPages {

    private static final Pattern PERMALINK = Pattern.compile("(?m)^permalink:[ \\t]*[\"']?([^\"'#\\s]+)");
    private static final Pattern PAGE = Pattern.compile("(?i).+\\.(md|markdown|html|htm)$");
    private static final Set<String> NEVER = Set.of("_site", "node_modules", "vendor", ".git", ".jekyll-cache");
    private static final int HEAD_BYTES = 4096;
    private static final int MAX_DEPTH = 10;
    /** Found pages are trusted for a few seconds: a check asks for every link of every post. */
    private static final long FRESH_MILLIS = 3000;

    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(long at, Set<String> urls) {}

    private JekyllPages() {}

    /** Whether a page or output collection document of the site has the URL {@code path}. */
    static boolean exists(Path root, String path) {
        String wanted = trimSlash(path);
        long now = System.currentTimeMillis();
        Cached c = CACHE.get(root);
        if (c != null && now - c.at() <= FRESH_MILLIS && has(c.urls(), wanted)) {
            return true;
        }
        // A miss reads the site again: a page made a moment ago counts, and misses (broken links) are rare.
        c = new Cached(now, read(root));
        CACHE.put(root, c);
        return has(c.urls(), wanted);
    }

    private static boolean has(Set<String> urls, String wanted) {
        return urls.contains(wanted) || urls.contains(wanted + ".html");
    }

    private static Set<String> read(Path root) {
        Map<String, String> outputCollections = outputCollections(root);
        Set<String> urls = new HashSet<>();
        try {
            Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    boolean hidden = name.startsWith("_") || name.startsWith(".");
                    boolean published = name.equals("_pages") || outputCollections.containsKey(name);
                    boolean topLevel = root.equals(dir.getParent());
                    return NEVER.contains(name) || hidden && !(published && topLevel)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && PAGE.matcher(name).matches() && file.getParent() != null) {
                        page(root, file, outputCollections, urls);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // an unreadable file is no page
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return urls; // what was read so far
        }
        return urls;
    }

    private static void page(Path root, Path file, Map<String, String> outputCollections, Set<String> urls) {
        String head = head(file);
        String rel = root.relativize(file).toString().replace('\\', '/');
        String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
        boolean collectionDoc = outputCollections.containsKey(top);
        if (head == null || !head.startsWith("---\n")) {
            return; // no front matter: a static file, published as it is
        }
        int end = head.indexOf("\n---", 3);
        Matcher m = PERMALINK.matcher(end < 0 ? head : head.substring(0, end));
        if (m.find() && !m.group(1).contains(":")) {
            urls.add(trimSlash(m.group(1)));
            return;
        }
        String noExt = rel.substring(0, rel.lastIndexOf('.'));
        if (collectionDoc) {
            String frontMatter = end < 0 ? head : head.substring(0, end);
            JekyllCollectionUrls.url(
                            top.substring(1),
                            outputCollections.get(top),
                            noExt.substring(top.length() + 1),
                            frontMatter)
                    .ifPresent(url -> urls.add(trimSlash(url)));
            return;
        }
        urls.add(trimSlash(noExt + ".html"));
    }

    /**
     * Folders ({@code _recipes}) of the collections {@code _config.yml} publishes ({@code output: true}), each with
     * its {@code permalink} pattern (null for Jekyll's default).
     */
    private static Map<String, String> outputCollections(Path root) {
        Map<String, String> names = new HashMap<>();
        Object config;
        try {
            config = new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(root.resolve("_config.yml"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return names; // no or unreadable config: posts and pages only
        }
        if (config instanceof Map<?, ?> map && map.get("collections") instanceof Map<?, ?> collections) {
            collections.forEach((name, settings) -> {
                if (settings instanceof Map<?, ?> s && Boolean.TRUE.equals(s.get("output"))) {
                    names.put("_" + name, s.get("permalink") instanceof String p ? p : null);
                }
            });
        }
        return names;
    }

    /** The first few KB of the file with CRLF made LF; null when unreadable. */
    private static String head(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return null;
        }
        return new String(head, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String trimSlash(String p) {
        String s = p.toLowerCase(Locale.ROOT);
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.equals("index.html")) {
            return "";
        }
        return s.endsWith("/index.html") ? s.substring(0, s.length() - "/index.html".length()) : s;
    }
}
