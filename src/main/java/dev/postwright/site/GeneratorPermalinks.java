package dev.postwright.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The post URL pattern a generator's own config sets: Jekyll's {@code permalink:} in {@code _config.yml}
 * (built-in styles and {@code :placeholder} patterns). Read with a line pattern, not a YAML parser: the key is
 * one top-level scalar. Empty when unset or not understood, so the preset's default applies.
 */
final class GeneratorPermalinks {

    private static final Pattern JEKYLL_KEY = Pattern.compile(
            "(?m)^permalink:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^#\\s]+))");
    /** Jekyll's built-in styles (jekyll/jekyll lib/jekyll/utils.rb, Jekyll 4). */
    private static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Map<String, String> JEKYLL_PLACEHOLDERS = Map.ofEntries(
            Map.entry("categories", "{categories}"), Map.entry("year", "{yyyy}"), Map.entry("month", "{mm}"),
            Map.entry("day", "{dd}"), Map.entry("title", "{slug}"), Map.entry("slug", "{slug}"),
            Map.entry("y_day", "{yday}"), Map.entry("short_year", "{yy}"), Map.entry("i_month", "{m}"),
            Map.entry("i_day", "{d}"), Map.entry("output_ext", ".html"));
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private GeneratorPermalinks() {
    }

    static Optional<String> urlPattern(Path root, Preset preset) {
        if (preset != Preset.JEKYLL) {
            return Optional.empty();
        }
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
