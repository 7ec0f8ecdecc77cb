package dev.postwright.site.generator;

import dev.postwright.site.PostUrlFields;
import dev.postwright.site.Site;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The URL-pattern machinery the generators share: placeholder values from a post's path and fields. */
public final class PostUrls {

    static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
    private static final Pattern NOT_SLUG_CHAR = Pattern.compile("[^\\p{L}\\p{N}_-]");

    private PostUrls() {}

    /** The URL from the site's pattern (or its section's or collection's), with {@code slug} and the URL {@code folders}. */
    static String fromPattern(Site site, Path file, PostUrlFields f, String slug, List<String> folders) {
        Map<String, String> values = values(file, f, slug, folders);
        String pattern = site.sectionUrlPatterns().getOrDefault(values.get("section"), site.urlPatternOf(file));
        return expand(pattern, values);
    }

    static Map<String, String> values(Path file, PostUrlFields f, String slug, List<String> dirs) {
        LocalDate date = f.date() != null ? f.date() : fileDate(file);
        String none = "";
        Map<String, String> v = new HashMap<>();
        v.put("slug", slug);
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
        String title = f.title() == null ? slug : pathSlug(f.title());
        v.put("title", title);
        v.put("slugortitle", f.slug() != null ? f.slug() : title);
        v.put(
                "filename",
                pathSlug(
                        isBundleIndex(file)
                                ? file.toAbsolutePath()
                                        .getParent()
                                        .getFileName()
                                        .toString()
                                : baseName(file)));
        return v;
    }

    /** Folders between the content folder and the post, as they are on disk. */
    static List<String> folders(Site site, Path file) {
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
        return dirs;
    }

    static String expand(String pattern, Map<String, String> values) {
        String url = pattern;
        for (Map.Entry<String, String> e : values.entrySet()) {
            url = url.replace("{" + e.getKey() + "}", e.getValue());
        }
        return collapse(url);
    }

    /** Empty placeholders leave "//" behind ({@code /posts//x/}); the generators never emit those. */
    static String collapse(String url) {
        return url.replaceAll("/{2,}", "/");
    }

    /** The date of a {@code YYYY-MM-DD-name} file name; null for other names or impossible dates. */
    static LocalDate fileDate(Path file) {
        Matcher m = JEKYLL_NAME.matcher(baseName(file));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
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
