package dev.postwright.site.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jekyll pages at the site root ({@code about.md}, {@code archive.html}) and the URLs they are published at. */
final class JekyllPages {

    private static final Pattern PERMALINK = Pattern.compile("(?m)^permalink:[ \\t]*[\"']?([^\"'#\\s]+)");
    private static final int HEAD_BYTES = 4096;

    private JekyllPages() {
    }

    /**
     * A page at the site root ({@code about.md}, {@code archive.html}): its own {@code permalink:}, else
     * {@code /name.html} (and {@code /name/}, the common {@code pretty} style). Pages in sub-folders and
     * collections other than {@code _posts} are not looked at.
     */
    static boolean exists(Path root, String path) {
        String wanted = trimSlash(path);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*.{md,markdown,html}")) {
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
