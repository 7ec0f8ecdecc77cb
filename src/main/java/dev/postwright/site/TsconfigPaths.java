package dev.postwright.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The import aliases of a site's {@code tsconfig.json} ({@code compilerOptions.paths}, following relative
 * {@code extends}): {@code "@/*": ["./src/*"]} makes {@code @/assets/x.png} the file {@code src/assets/x.png}.
 * Only wildcard aliases ending in {@code /*} are read; the first target of each is the one used.
 */
public final class TsconfigPaths {

    private static final int MAX_EXTENDS = 5;

    private TsconfigPaths() {}

    /** Alias prefix ({@code "@/"}) to the folder it stands for, longest prefix first; empty when none. */
    public static Map<String, Path> read(Path root) {
        Map<String, Path> aliases = new LinkedHashMap<>();
        read(root.resolve("tsconfig.json"), aliases, 0);
        Map<String, Path> sorted = new LinkedHashMap<>();
        aliases.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Reads {@code file}; what it extends is read first so that its own paths win (as TypeScript merges them). */
    private static void read(Path file, Map<String, Path> into, int depth) {
        if (depth > MAX_EXTENDS || !Files.isRegularFile(file)) {
            return;
        }
        Map<?, ?> config;
        try {
            String json = TsSource.stripComments(Files.readString(file, StandardCharsets.UTF_8))
                    .replaceAll(",(\\s*[}\\]])", "$1")
                    .replace('\t', ' ');
            Object parsed = new Load(LoadSettings.builder().build()).loadFromString(json);
            if (!(parsed instanceof Map<?, ?> m)) {
                return;
            }
            config = m;
        } catch (IOException | RuntimeException e) {
            return; // a tsconfig the reader cannot parse gives no aliases; relative paths still work
        }
        Path dir = file.getParent();
        if (config.get("extends") instanceof String parent && parent.startsWith(".")) {
            try {
                Path p = dir.resolve(parent).normalize();
                read(Files.isRegularFile(p) ? p : p.resolveSibling(p.getFileName() + ".json"), into, depth + 1);
            } catch (InvalidPathException e) {
                // an odd extends value: its aliases are left out
            }
        }
        if (!(config.get("compilerOptions") instanceof Map<?, ?> options)
                || !(options.get("paths") instanceof Map<?, ?> paths)) {
            return;
        }
        Path base = dir.resolve(options.get("baseUrl") instanceof String b ? b : ".")
                .normalize();
        paths.forEach((key, value) -> {
            Object first = value instanceof List<?> l && !l.isEmpty() ? l.get(0) : value;
            if (key instanceof String k && k.endsWith("/*") && first instanceof String t && t.endsWith("/*")) {
                try {
                    into.put(
                            k.substring(0, k.length() - 1),
                            base.resolve(t.substring(0, t.length() - 1)).normalize());
                } catch (InvalidPathException e) {
                    // not a folder on this system: the alias stays unknown
                }
            }
        });
    }
}
