package dev.postwright.site.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The few settings of a Hugo site's config that new posts need: {@code title}, {@code baseURL},
 * {@code languageCode}, {@code timeZone}, {@code theme} and {@code [params]}. YAML and JSON configs are read with
 * snakeyaml-engine; TOML by a line reader that understands top-level and {@code [params]} (and
 * {@code [params.x]}) scalars and one-line arrays, which is all these settings use. Never throws: an unreadable
 * config reads as empty.
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

    private static final Pattern TABLE = Pattern.compile("^\\[\\s*([A-Za-z0-9_.-]+)\\s*\\]\\s*(#.*)?$");
    private static final Pattern PAIR = Pattern.compile("^([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\\s*=\\s*(.*)$");

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

    private static Map<String, Object> toml(String text) {
        Map<String, Object> top = new LinkedHashMap<>();
        Map<String, Object> table = top;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher t = TABLE.matcher(line);
            if (t.matches()) {
                table = t.group(1).toLowerCase(Locale.ROOT).startsWith("params")
                        ? tableAt(top, t.group(1).split("\\."))
                        : new LinkedHashMap<>(); // other tables are not needed: read into a throwaway map
                continue;
            }
            Matcher p = PAIR.matcher(line);
            if (p.matches()) {
                String key = p.group(1).replaceAll("^[\"']|[\"']$", "");
                Object value = TomlScalar.parse(p.group(2));
                if (value != null) {
                    table.put(key, value);
                }
            }
        }
        return top;
    }

    private static Map<String, Object> tableAt(Map<String, Object> top, String[] path) {
        Map<String, Object> m = top;
        for (String part : path) {
            Object next = m.get(part);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                m.put(part, next);
            }
            m = asMap(next);
        }
        return m;
    }

    /** A TOML value on one line: strings, booleans, numbers, and arrays of those; null for anything else. */
    static final class TomlScalar {
        private TomlScalar() {}

        static Object parse(String text) {
            String s = stripComment(text.strip());
            if (s.startsWith("[") && s.endsWith("]")) {
                List<Object> items = new ArrayList<>();
                for (String part : splitItems(s.substring(1, s.length() - 1))) {
                    Object v = parse(part);
                    if (v == null) {
                        return null;
                    }
                    items.add(v);
                }
                return items;
            }
            if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
                return s.substring(1, s.length() - 1);
            }
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                return s.substring(1, s.length() - 1)
                        .replace("\\\"", "\"")
                        .replace("\\n", "\n")
                        .replace("\\t", "\t")
                        .replace("\\\\", "\\");
            }
            if (s.equals("true") || s.equals("false")) {
                return Boolean.valueOf(s);
            }
            if (s.matches("[-+]?\\d[\\d_]*")) {
                return Long.valueOf(s.replace("_", ""));
            }
            if (s.matches("[-+]?\\d[\\d_]*\\.\\d+([eE][-+]?\\d+)?")) {
                return Double.valueOf(s.replace("_", ""));
            }
            return null;
        }

        private static String stripComment(String s) {
            char quote = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && quote == '"') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#') {
                    return s.substring(0, i).strip();
                }
            }
            return s;
        }

        private static List<String> splitItems(String s) {
            List<String> parts = new ArrayList<>();
            char quote = 0;
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && quote == '"') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == ',') {
                    parts.add(s.substring(start, i));
                    start = i + 1;
                }
            }
            if (!s.substring(start).isBlank()) {
                parts.add(s.substring(start));
            }
            return parts;
        }
    }
}
