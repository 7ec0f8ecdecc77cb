package dev.postwright.site.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The post URL pattern a generator's own config sets: Jekyll's {@code permalink:} in {@code _config.yml}
 * (built-in styles and {@code :placeholder} patterns), and Hugo's {@code [permalinks]} table in
 * {@code hugo.toml}/{@code config.toml} (per section). Read with line patterns, not a YAML or TOML parser.
 * A pattern with a token this reader does not know is left out, so the preset's default applies.
 */
final class GeneratorPermalinks {

    private static final Pattern JEKYLL_KEY =
            Pattern.compile("(?m)^permalink:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^#\\s]+))");
    /** Jekyll's built-in styles (jekyll/jekyll lib/jekyll/utils.rb, Jekyll 4). */
    private static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private static final Map<String, String> JEKYLL_PLACEHOLDERS = Map.ofEntries(
            Map.entry("categories", "{categories}"),
            Map.entry("year", "{yyyy}"),
            Map.entry("month", "{mm}"),
            Map.entry("day", "{dd}"),
            Map.entry("title", "{slug}"),
            Map.entry("slug", "{slug}"),
            Map.entry("y_day", "{yday}"),
            Map.entry("short_year", "{yy}"),
            Map.entry("i_month", "{m}"),
            Map.entry("i_day", "{d}"),
            Map.entry("output_ext", ".html"));
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private static final Pattern TOML_TABLE = Pattern.compile("^\\s*\\[\\s*([^\\]]+?)\\s*\\]\\s*(#.*)?$");
    private static final Pattern TOML_PAIR =
            Pattern.compile("^\\s*[\"']?([\\w-]+)[\"']?\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*(#.*)?$");
    private static final Map<String, String> HUGO_TOKENS = Map.ofEntries(
            Map.entry("year", "{yyyy}"),
            Map.entry("month", "{mm}"),
            Map.entry("day", "{dd}"),
            Map.entry("section", "{section}"),
            Map.entry("sections", "{subdir}"),
            Map.entry("title", "{title}"),
            Map.entry("slug", "{slugortitle}"),
            Map.entry("slugorfilename", "{slug}"),
            Map.entry("filename", "{filename}"),
            Map.entry("contentbasename", "{filename}"),
            Map.entry("yearday", "{yday}"));

    private GeneratorPermalinks() {}

    /**
     * Hugo's {@code [permalinks]} (or {@code [permalinks.page]}) entries, section to pattern in
     * {@code {placeholder}} syntax; TOML configs only.
     */
    static Map<String, String> hugoSections(Path root) {
        for (String name : new String[] {"hugo.toml", "config.toml"}) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return hugoSections(Files.readAllLines(file, StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    static Map<String, String> hugoSections(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            Matcher table = TOML_TABLE.matcher(line);
            if (table.matches()) {
                String t = table.group(1);
                inTable = t.equals("permalinks") || t.equals("permalinks.page");
                continue;
            }
            Matcher pair = TOML_PAIR.matcher(line);
            if (inTable && pair.matches()) {
                String value = pair.group(2) != null ? pair.group(2) : pair.group(3);
                hugoPattern(value).ifPresent(p -> out.put(pair.group(1), p));
            }
        }
        return out;
    }

    /** A Hugo permalink pattern in {@code {placeholder}} syntax; empty when a token is unknown. */
    static Optional<String> hugoPattern(String permalink) {
        String pattern = permalink.startsWith("/") ? permalink : "/" + permalink;
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            String replacement = HUGO_TOKENS.get(m.group(1));
            if (replacement == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    static Optional<String> jekyllUrlPattern(Path root) {
        String config;
        try {
            config = Files.readString(root.resolve("_config.yml"), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Matcher m = JEKYLL_KEY.matcher(config);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return jekyllPattern(value.strip());
    }

    /** A Jekyll permalink style or pattern in {@code {placeholder}} syntax; empty when a placeholder is unknown. */
    static Optional<String> jekyllPattern(String permalink) {
        String pattern = JEKYLL_STYLES.getOrDefault(permalink, permalink);
        if (!pattern.startsWith("/")) {
            return Optional.empty(); // weekdate and other styles this reader does not know
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            String replacement = JEKYLL_PLACEHOLDERS.get(m.group(1));
            if (replacement == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }
}
