package dev.postwright.site;

import dev.postwright.frontmatter.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of {@code .postwright.yml}; every part is optional and empty means "preset default".
 *
 * @param content content folders relative to the site root
 * @param publicDir the public folder relative to the site root ({@code "."} or {@code ""} for the root)
 * @param url URL pattern with {@code {slug}}, {@code {subdir}}, {@code {section}}, {@code {yyyy}},
 *            {@code {mm}}, {@code {dd}}, {@code {categories}}
 * @param fields extra fields, or overrides of schema fields with the same name
 * @param rules severity per rule id ({@code slug.duplicate: warning})
 * @param tags the tag vocabulary; empty means any tag is allowed
 */
public record SiteConfig(
        Optional<Preset> preset,
        List<String> content,
        Optional<String> publicDir,
        Optional<String> url,
        List<Field> fields,
        Map<String, RuleLevel> rules,
        List<String> tags,
        TagStyle tagStyle,
        int descriptionMin,
        int descriptionMax,
        Optional<String> timezone,
        Optional<String> author) {

    public static final String FILE_NAME = ".postwright.yml";
    public static final int DEFAULT_DESCRIPTION_MIN = 50;
    public static final int DEFAULT_DESCRIPTION_MAX = 160;

    public SiteConfig {
        content = List.copyOf(content);
        fields = List.copyOf(fields);
        rules = Map.copyOf(rules);
        tags = List.copyOf(tags);
    }

    public static SiteConfig defaults() {
        return new SiteConfig(
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Map.of(),
                List.of(),
                TagStyle.ANY,
                DEFAULT_DESCRIPTION_MIN,
                DEFAULT_DESCRIPTION_MAX,
                Optional.empty(),
                Optional.empty());
    }

    /** These settings with other description limits (the writer's defaults for sites that set none). */
    public SiteConfig withDescriptionLimits(int min, int max) {
        return new SiteConfig(
                preset, content, publicDir, url, fields, rules, tags, tagStyle, min, max, timezone, author);
    }

    /** The configured level of a rule, if the site set one. */
    public Optional<RuleLevel> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }
}
