package dev.postwright.site.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The few settings of a Hugo site's config that new posts need: {@code title}, {@code baseURL},
 * {@code languageCode}, {@code timeZone}, {@code theme} and {@code [params]}. YAML and JSON configs are read with
 * snakeyaml-engine, TOML with tomlj. Never throws: an unreadable config reads as empty.
 */
final class HugoSiteConfig {

    static final List<String> FILES = List.of(
            "hugo.toml",
            "hugo.yaml",
            "hugo.yml",
            "hugo.json",
            "config.toml",
            "config.yaml",
            "config.yml",
            "config.json");

    private final Map<String, Object> values;

    private HugoSiteConfig(Map<String, Object> values) {
        this.values = values;
    }

    static HugoSiteConfig read(Path root) {
        for (String name : FILES) {
            Path file = root.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return new HugoSiteConfig(name.endsWith(".toml") ? toml(text) : yaml(text));
            } catch (IOException | RuntimeException e) {
                return new HugoSiteConfig(Map.of()); // an unreadable config: Hugo reports it when it builds
            }
        }
        return new HugoSiteConfig(Map.of());
    }

    /** A top-level setting, its key matched without regard to case as Hugo does. */
    Optional<Object> get(String key) {
        return values.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    Optional<String> string(String key) {
        return get(key).filter(v -> !(v instanceof Map) && !(v instanceof List)).map(String::valueOf);
    }

    /** {@code [params]}, keys as written; empty when there is none. */
    Map<String, Object> params() {
        return get("params")
                .filter(Map.class::isInstance)
                .map(HugoSiteConfig::asMap)
                .orElse(Map.of());
    }

    /** The themes in lookup order ({@code theme = "a"} or {@code theme = ["a", "b"]}). */
    List<String> themes() {
        Object t = get("theme").orElse(null);
        if (t instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return t == null || String.valueOf(t).isBlank() ? List.of() : List.of(String.valueOf(t));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> yaml(String text) {
        try {
            Object root = new Load(LoadSettings.builder().build()).loadFromString(text);
            if (root instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
        } catch (YamlEngineException e) {
            // unreadable: as if empty
        }
        return Map.of();
    }

    /** Read with tomlj (the front matter's TOML validator): tables as maps, arrays as lists; unreadable: empty. */
    private static Map<String, Object> toml(String text) {
        TomlParseResult parsed = Toml.parse(text);
        return parsed.hasErrors() ? Map.of() : plain(parsed);
    }

    private static Map<String, Object> plain(TomlTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            out.put(key, plain(table.get(List.of(key))));
        }
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof TomlTable t) {
            return plain(t);
        }
        if (value instanceof TomlArray a) {
            List<Object> items = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                items.add(plain(a.get(i)));
            }
            return items;
        }
        return value;
    }
}
