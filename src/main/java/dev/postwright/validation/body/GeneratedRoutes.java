package dev.postwright.validation.body;

import dev.postwright.site.Site;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Site-root URLs the generator makes besides posts and static files (list pages, taxonomies, feeds, sitemaps),
 * per preset, so links to them are not reported as broken. Only asked about links nothing else resolved.
 */
final class GeneratedRoutes {

    /** Pages AstroPaper generates besides posts; {@code /posts/N/} are its pagination pages. */
    private static final Pattern ASTROPAPER = Pattern.compile(
            "^/(|tags(/.*)?|posts(/[0-9]+)?/?|archives/?|search/?|about/?|rss\\.xml|robots\\.txt|og\\.png"
                    + "|sitemap-index\\.xml|sitemap-[0-9]+\\.xml|404/?)$");

    /** Hugo's home, taxonomy lists and terms (with pages and feeds), RSS, sitemap, robots, 404. */
    private static final Pattern HUGO = Pattern.compile(
            "^/(|page/[0-9]+/?|index\\.xml|sitemap\\.xml|robots\\.txt|404\\.html"
                    + "|(tags|categories|series)/?|(tags|categories|series)/[^/]+/?(page/[0-9]+/?|index\\.xml)?)$");

    /** A section list: {@code /posts/}, its pages and feed; valid when {@code content/posts/} exists. */
    private static final Pattern HUGO_SECTION = Pattern.compile("^/([^/]+)/?(page/[0-9]+/?|index\\.xml)?$");

    /** Jekyll's home, jekyll-feed, jekyll-sitemap, the minima theme's Sass output, 404, robots. */
    private static final Pattern JEKYLL = Pattern.compile(
            "^/(|index\\.html|feed\\.xml|sitemap\\.xml|robots\\.txt|404\\.html|assets/main\\.css|page[0-9]+/?)$");

    private static final Pattern PERMALINK = Pattern.compile("(?m)^permalink:[ \\t]*[\"']?([^\"'#\\s]+)");
    private static final int HEAD_BYTES = 4096;

    private GeneratedRoutes() {
    }

    static boolean contains(Site site, String path) {
        return switch (site.preset()) {
            case ASTROPAPER -> ASTROPAPER.matcher(path).matches();
            case HUGO -> HUGO.matcher(path).matches() || isHugoSection(site, path);
            case JEKYLL -> JEKYLL.matcher(path).matches() || isJekyllPage(site, path);
        };
    }

    private static boolean isHugoSection(Site site, String path) {
        Matcher m = HUGO_SECTION.matcher(path);
        if (!m.matches()) {
            return false;
        }
        try {
            for (Path content : site.contentDirs()) {
                if (Files.isDirectory(content.resolve(m.group(1)))) {
                    return true;
                }
            }
        } catch (InvalidPathException e) {
            return false;
        }
        return false;
    }

    /**
     * A page at the site root ({@code about.md}, {@code archive.html}): its own {@code permalink:}, else
     * {@code /name.html} (and {@code /name/}, the common {@code pretty} style). Pages in sub-folders and
     * collections other than {@code _posts} are not looked at.
     */
    private static boolean isJekyllPage(Site site, String path) {
        String wanted = trimSlash(path);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(site.root(), "*.{md,markdown,html}")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String base = name.substring(0, name.lastIndexOf('.'));
                String permalink = permalink(f);
                if (permalink != null ? trimSlash(permalink).equals(wanted)
                        : wanted.equals(base + ".html") || wanted.equals(base)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The {@code permalink:} of the file's frontmatter, read from its first few KB; null when none. */
    private static String permalink(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return null;
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return null;
        }
        int end = text.indexOf("\n---", 3);
        Matcher m = PERMALINK.matcher(end < 0 ? text : text.substring(0, end));
        return m.find() ? m.group(1) : null;
    }

    private static String trimSlash(String p) {
        String s = p.toLowerCase(Locale.ROOT);
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith("/index.html") ? s.substring(0, s.length() - "/index.html".length()) : s;
    }
}
