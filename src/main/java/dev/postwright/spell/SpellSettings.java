package dev.postwright.spell;

import dev.postwright.site.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A site's spelling settings: its language and which frontmatter fields are prose. The language comes from
 * {@code .postwright.yml} ({@code spell: { lang: en-GB }}), else from the generator's own config
 * ({@code languageCode} in Hugo's, {@code lang}/{@code locale} in Jekyll's {@code _config.yml}, {@code lang} in
 * AstroPaper's {@code src/config.ts} or Astro's i18n {@code defaultLocale}), else US English. Prose fields are
 * {@code title} and {@code description} plus {@code spell: { fields: [summary] }}.
 */
public record SpellSettings(String language, List<String> proseFields) {

    public static final String DEFAULT_LANGUAGE = "en-US";
    static final List<String> DEFAULT_FIELDS = List.of("title", "description");

    private static final List<String> CONFIG_FILES = List.of(
            "hugo.toml",
            "hugo.yaml",
            "hugo.yml",
            "hugo.json",
            "config.toml",
            "config.yaml",
            "config.yml",
            "_config.yml",
            "src/config.ts",
            "src/config.js",
            "astro.config.mjs",
            "astro.config.ts",
            "astro.config.js");

    private static final String TAG = "([A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,4})?)";
    private static final Pattern CONFIG_KEY = Pattern.compile(
            "(?m)^\\s*[\"']?(?:languageCode|lang|locale|defaultContentLanguage)[\"']?\\s*[=:]\\s*[\"']?" + TAG + "\\b");
    private static final Pattern SCRIPT_KEY =
            Pattern.compile("\\b(?:lang|defaultLocale)\\s*:\\s*[\"'`]" + TAG + "[\"'`]");

    public SpellSettings {
        language = LanguageTag.normalize(language);
        proseFields = List.copyOf(proseFields);
    }

    /** Reads a site's settings; anything unreadable gives the default for that part. */
    public static SpellSettings of(Path siteRoot) {
        Map<?, ?> spell = spellSection(siteRoot.resolve(SiteConfig.FILE_NAME));
        String lang = spell.get("lang") instanceof String s && !s.isBlank()
                ? s
                : configLanguage(siteRoot).orElse(DEFAULT_LANGUAGE);
        LinkedHashSet<String> fields = new LinkedHashSet<>(DEFAULT_FIELDS);
        if (spell.get("fields") instanceof List<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(fields::add);
        }
        return new SpellSettings(lang, new ArrayList<>(fields));
    }

    private static Map<?, ?> spellSection(Path configFile) {
        if (!Files.isRegularFile(configFile)) {
            return Map.of();
        }
        try {
            LoadSettings settings =
                    LoadSettings.builder().setMaxAliasesForCollections(10).build();
            Object root = new Load(settings).loadFromString(Files.readString(configFile, StandardCharsets.UTF_8));
            if (root instanceof Map<?, ?> map && map.get("spell") instanceof Map<?, ?> spell) {
                return spell;
            }
        } catch (IOException | RuntimeException e) {
            // the site config reader reports a broken file; spelling falls back to the defaults
        }
        return Map.of();
    }

    /** The language the site's generator config declares, if any. */
    static Optional<String> configLanguage(Path siteRoot) {
        for (String name : CONFIG_FILES) {
            Path f = siteRoot.resolve(name);
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = (name.endsWith(".ts") || name.endsWith(".js") || name.endsWith(".mjs")
                                ? SCRIPT_KEY
                                : CONFIG_KEY)
                        .matcher(text);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            } catch (IOException | RuntimeException e) {
                // try the next file
            }
        }
        return Optional.empty();
    }
}
