package dev.postwright.site.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL Jekyll 4 gives a document of an output collection: the collection's {@code permalink} pattern
 * (default {@code /:collection/:path:output_ext}) with Jekyll's placeholders filled in from the document's path
 * and front matter, as its {@code Drops::UrlDrop} fills them. Hand-written: no Java library knows Jekyll's
 * permalink placeholders.
 */
final class JekyllCollectionUrls {

    /** Jekyll's default permalink for collection documents. */
    static final String DEFAULT_PATTERN = "/:collection/:path:output_ext";

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Pattern DATE = Pattern.compile("(?m)^date:[ \\t]*[\"']?(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.+)$");
    private static final Pattern SLUG =
            Pattern.compile("(?m)^slug:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^#\\n]*?))[ \\t]*$");
    private static final Pattern CATEGORIES =
            Pattern.compile("(?m)^categories:[ \\t]*(?:\\[([^\\]\\n]*)]|([^#\\n\\[]*?))[ \\t]*$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private JekyllCollectionUrls() {}

    /**
     * The document's URL, or empty when the pattern uses a placeholder this cannot fill (a date the document does
     * not give: Jekyll would use the build's time).
     *
     * @param collection the collection's name ({@code recipes})
     * @param pattern the collection's {@code permalink}, or null for Jekyll's default
     * @param path the document's path inside the collection folder, without extension ({@code bread/rye-loaf})
     * @param frontMatter the document's front matter text
     */
    static Optional<String> url(String collection, String pattern, String path, String frontMatter) {
        String base = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
        Matcher dated = DATED_NAME.matcher(base);
        String name = dated.matches() ? dated.group(4) : base;
        Matcher d = DATE.matcher(frontMatter);
        String[] date = d.find()
                ? new String[] {d.group(1), d.group(2), d.group(3)}
                : dated.matches() ? new String[] {dated.group(1), dated.group(2), dated.group(3)} : null;
        Optional<String> slug = scalar(SLUG.matcher(frontMatter));
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern == null ? DEFAULT_PATTERN : pattern);
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "collection" -> collection;
                case "path" -> "/" + path;
                case "name" -> slugify(base);
                case "title" -> JekyllGenerator.prettySlug(slug.orElse(name));
                case "slug" -> slugify(slug.orElse(name));
                case "output_ext" -> ".html";
                case "categories" -> categories(frontMatter);
                case "year" -> date == null ? null : date[0];
                case "short_year" -> date == null ? null : date[0].substring(date[0].length() - 2);
                case "month" -> date == null ? null : pad(date[1]);
                case "day" -> date == null ? null : pad(date[2]);
                case "i_month" -> date == null ? null : Integer.toString(Integer.parseInt(date[1]));
                case "i_day" -> date == null ? null : Integer.toString(Integer.parseInt(date[2]));
                default -> null;
            };
            if (value == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString().replaceAll("/{2,}", "/"));
    }

    /** Jekyll's {@code Utils.slugify} in its default mode: runs of anything but letters and digits to {@code -}. */
    static String slugify(String text) {
        String s = NOT_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        return s.replaceAll("^-+|-+$", "");
    }

    private static String categories(String frontMatter) {
        Matcher m = CATEGORIES.matcher(frontMatter);
        if (!m.find()) {
            return "";
        }
        String list = m.group(1) != null ? m.group(1).replace(",", " ") : m.group(2);
        return String.join(
                "/",
                Arrays.stream(list.split("\\s+"))
                        .map(c -> c.replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT))
                        .filter(c -> !c.isEmpty())
                        .distinct()
                        .toList());
    }

    private static Optional<String> scalar(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
