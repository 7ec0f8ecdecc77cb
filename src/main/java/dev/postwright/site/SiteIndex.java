package dev.postwright.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * All posts of a site by path, by final URL and by tag, updated one post at a time as posts change.
 * Thread-safe: the editor updates it from a worker while validation reads it.
 */
public final class SiteIndex {

    private final Site site;
    private final Map<Path, PostSummary> byPath = new HashMap<>();
    private final Map<String, Set<Path>> byUrl = new HashMap<>();
    private final Map<String, Integer> tagCounts = new HashMap<>();
    /** Every post's URL, sorted; built on demand and dropped at any change, so callers may cache by identity. */
    private List<String> urls;

    public SiteIndex(Site site) {
        this.site = site;
    }

    public Site site() {
        return site;
    }

    /** Adds or replaces one post's summary. */
    public synchronized void put(PostSummary summary) {
        Path key = key(summary.path());
        urls = null;
        PostSummary old = byPath.put(key, summary);
        if (old != null) {
            unlink(key, old);
        }
        if (!summary.url().isEmpty()) { // a post no route publishes has no URL to share or to be found by
            byUrl.computeIfAbsent(normalizeUrl(summary.url()), u -> new LinkedHashSet<>())
                    .add(key);
        }
        for (String tag : new LinkedHashSet<>(summary.tags())) {
            tagCounts.merge(tag, 1, Integer::sum);
        }
    }

    public synchronized void putAll(Collection<PostSummary> summaries) {
        summaries.forEach(this::put);
    }

    public synchronized void remove(Path path) {
        Path key = key(path);
        urls = null;
        PostSummary old = byPath.remove(key);
        if (old != null) {
            unlink(key, old);
        }
    }

    private void unlink(Path key, PostSummary old) {
        String url = normalizeUrl(old.url());
        Set<Path> paths = byUrl.get(url);
        if (paths != null) {
            paths.remove(key);
            if (paths.isEmpty()) {
                byUrl.remove(url);
            }
        }
        for (String tag : new LinkedHashSet<>(old.tags())) {
            tagCounts.computeIfPresent(tag, (t, n) -> n > 1 ? n - 1 : null);
        }
    }

    public synchronized Optional<PostSummary> get(Path path) {
        return Optional.ofNullable(byPath.get(key(path)));
    }

    /** Every post, ordered by path relative to the site root. */
    public synchronized List<PostSummary> all() {
        List<PostSummary> list = new ArrayList<>(byPath.values());
        list.sort(Comparator.comparing(PostSummary::relPath));
        return list;
    }

    /** Every published post's URL, sorted; the same list object until the index changes. */
    public synchronized List<String> urls() {
        if (urls == null) {
            urls = byPath.values().stream()
                    .map(PostSummary::url)
                    .filter(u -> !u.isEmpty())
                    .sorted()
                    .toList();
        }
        return urls;
    }

    public synchronized int size() {
        return byPath.size();
    }

    /** The posts that resolve to this URL (trailing slash and {@code index.html} ignored). */
    public synchronized List<PostSummary> byUrl(String url) {
        Set<Path> paths = byUrl.get(normalizeUrl(url));
        if (paths == null) {
            return List.of();
        }
        List<PostSummary> list = new ArrayList<>();
        for (Path p : paths) {
            list.add(byPath.get(p));
        }
        list.sort(Comparator.comparing(PostSummary::relPath));
        return list;
    }

    /** How many posts use each tag, sorted by tag. */
    public synchronized Map<String, Integer> tagCounts() {
        return new TreeMap<>(tagCounts);
    }

    /** Tag counts of every post but the given one: the vocabulary a post's own tags are compared with. */
    public synchronized Map<String, Integer> tagCountsExcluding(Path path) {
        Map<String, Integer> counts = new HashMap<>(tagCounts);
        PostSummary own = byPath.get(key(path));
        if (own != null) {
            for (String tag : new LinkedHashSet<>(own.tags())) {
                counts.computeIfPresent(tag, (t, n) -> n > 1 ? n - 1 : null);
            }
        }
        return counts;
    }

    /** Lower-cases nothing (URLs are case-sensitive on most hosts) but ignores the trailing slash. */
    public static String normalizeUrl(String url) {
        String u = url.strip();
        if (u.endsWith("/index.html")) {
            u = u.substring(0, u.length() - "index.html".length());
        }
        while (u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
