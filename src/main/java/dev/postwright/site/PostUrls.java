package dev.postwright.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes a post's slug and URL the way the site's generator does. */
final class PostUrls {

    static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
    private static final Pattern NOT_SLUG_CHAR = Pattern.compile("[^\\p{L}\\p{N}_-]");

    private PostUrls() {
    }

    static String slugOf(Site site, Path file, PostUrlFields f) {
        if (f.slug() != null) {
            return f.slug();
        }
        if (site.preset() == Preset.ASTROPAPER && f.postSlug() != null) {
            return f.postSlug();
        }
        String name = baseName(file);
        return switch (site.preset()) {
            // Astro's glob loader builds the id with github-slugger: lower case, punctuation dropped.
            case ASTROPAPER -> pathSlug(name);
            case HUGO -> pathSlug(isBundleIndex(file) ? file.getParent().getFileName().toString() : name);
            case JEKYLL -> {
                Matcher m = JEKYLL_NAME.matcher(name);
                yield m.matches() ? m.group(4) : name;
            }
        };
    }

    static String urlOf(Site site, Path file, PostUrlFields f) {
        if (site.preset() == Preset.JEKYLL && f.permalink() != null) {
            return jekyllPermalink(site, file, f);
        }
        if (site.preset() == Preset.HUGO && f.url() != null) {
            return collapse(f.url().startsWith("/") ? f.url() : "/" + f.url());
        }
        Map<String, String> values = values(site, file, f);
        String pattern = site.sectionUrlPatterns().getOrDefault(values.get("section"), site.urlPattern());
        return expand(pattern, values);
    }

    private static Map<String, String> values(Site site, Path file, PostUrlFields f) {
        List<String> dirs = subdirs(site, file);
        LocalDate date = f.date() != null ? f.date() : fileDate(file);
        String none = "";
        Map<String, String> v = new java.util.HashMap<>();
        v.put("slug", slugOf(site, file, f));
        v.put("subdir", String.join("/", dirs));
        v.put("section", dirs.isEmpty() ? none : dirs.get(0));
        v.put("yyyy", date == null ? none : String.format(Locale.ROOT, "%04d", date.getYear()));
        v.put("mm", date == null ? none : String.format(Locale.ROOT, "%02d", date.getMonthValue()));
        v.put("dd", date == null ? none : String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
        // Jekyll's :y_day, :short_year, :i_month, :i_day
        v.put("yday", date == null ? none : String.format(Locale.ROOT, "%03d", date.getDayOfYear()));
        v.put("yy", date == null ? none : String.format(Locale.ROOT, "%02d", date.getYear() % 100));
        v.put("m", date == null ? none : Integer.toString(date.getMonthValue()));
        v.put("d", date == null ? none : Integer.toString(date.getDayOfMonth()));
        v.put("categories", String.join("/", f.categories()));
        // Hugo's :title (the title made a path) and :slug (the slug field, else that)
        String title = f.title() == null ? v.get("slug") : pathSlug(f.title());
        v.put("title", title);
        v.put("slugortitle", f.slug() != null ? f.slug() : title);
        v.put("filename", pathSlug(isBundleIndex(file) ? file.toAbsolutePath().getParent().getFileName().toString()
                : baseName(file)));
        return v;
    }

    /** Folders between the content folder and the post, as they appear in the URL. */
    private static List<String> subdirs(Site site, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = site.contentDirOf(abs).orElse(null);
        Path parent = abs.getParent();
        if (base == null || parent == null || !parent.startsWith(base)) {
            return List.of();
        }
        List<String> dirs = new ArrayList<>();
        for (Path segment : base.relativize(parent)) {
            dirs.add(segment.toString());
        }
        if (site.preset() == Preset.HUGO && isBundleIndex(abs) && !dirs.isEmpty()) {
            dirs.remove(dirs.size() - 1); // the bundle folder is the slug, not a URL folder
        }
        return switch (site.preset()) {
            // AstroPaper v5 getPath(): "_" folders are left out of the URL, the others slugified.
            case ASTROPAPER -> dirs.stream().filter(d -> !d.startsWith("_")).map(PostUrls::pathSlug).toList();
            case HUGO -> dirs.stream().map(PostUrls::pathSlug).toList();
            case JEKYLL -> List.of();
        };
    }

    private static String jekyllPermalink(Site site, Path file, PostUrlFields f) {
        Map<String, String> v = values(site, file, f);
        String url = f.permalink()
                .replace(":categories", v.get("categories"))
                .replace(":year", v.get("yyyy"))
                .replace(":month", v.get("mm"))
                .replace(":day", v.get("dd"))
                .replace(":title", v.get("slug"))
                .replace(":slug", v.get("slug"));
        return collapse(url.startsWith("/") ? url : "/" + url);
    }

    static String expand(String pattern, Map<String, String> values) {
        String url = pattern;
        for (Map.Entry<String, String> e : values.entrySet()) {
            url = url.replace("{" + e.getKey() + "}", e.getValue());
        }
        return collapse(url);
    }

    /** Empty placeholders leave "//" behind ({@code /posts//x/}); the generators never emit those. */
    private static String collapse(String url) {
        return url.replaceAll("/{2,}", "/");
    }

    static LocalDate fileDate(Path file) {
        Matcher m = JEKYLL_NAME.matcher(baseName(file));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static boolean isBundleIndex(Path file) {
        String name = baseName(file);
        return name.equals("index") && file.getParent() != null;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A path segment as github-slugger makes it: lower case, spaces to '-', punctuation dropped. */
    static String pathSlug(String segment) {
        String lower = segment.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return NOT_SLUG_CHAR.matcher(lower).replaceAll("");
    }
}
