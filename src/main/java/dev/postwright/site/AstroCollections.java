package dev.postwright.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content collections an Astro content config declares, read as Astro reads them: {@code glob()} loaders
 * with their {@code base} and {@code pattern} (string literals, constants of this or an imported file,
 * template literals of constants), {@code file()} loaders, and legacy {@code type: "content"} collections
 * whose folder is {@code src/content/<name>}.
 */
public final class AstroCollections {

    /**
     * One collection: its name, the folder it reads (relative to the site root), whether it holds markdown and
     * the variable its {@code defineCollection} is assigned to.
     */
    public record Collection(String name, Optional<String> folder, boolean markdown, String variable) {}

    private static final Pattern DEFINE =
            Pattern.compile("([A-Za-z_$][\\w$]*|\"[^\"]+\"|'[^']+')\\s*[=:]\\s*defineCollection\\s*\\(");
    private static final Pattern CONST = Pattern.compile("\\b(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s*\\{([^}]*)}\\s*from\\s*[\"']([^\"']+)[\"']");
    private static final Pattern LOADER = Pattern.compile("\\bloader\\s*:\\s*(glob|file)\\s*\\(");
    private static final Pattern TYPE = Pattern.compile("\\btype\\s*:\\s*[\"'](content|data)[\"']");
    private static final Pattern COLLECTIONS = Pattern.compile("\\bcollections\\s*=\\s*\\{");
    private static final Pattern TEMPLATE_VAR = Pattern.compile("\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}");
    private static final Pattern MODULE_URL =
            Pattern.compile("new\\s+URL\\s*\\(\\s*(.+?)\\s*,\\s*import\\.meta\\.url\\s*\\)", Pattern.DOTALL);
    private static final Pattern MARKDOWN = Pattern.compile("\\b(md|mdx|markdown|mdoc)\\b");
    private static final List<String> SCRIPT_EXTENSIONS =
            List.of("", ".ts", ".mts", ".js", ".mjs", "/index.ts", "/index.js");

    private AstroCollections() {}

    /** The collections of the first content config found under {@code root}; empty when there is none. */
    public static List<Collection> read(Path root) {
        for (String candidate : ZodSchemaReader.CANDIDATES) {
            Path file = root.resolve(candidate);
            if (Files.isRegularFile(file) && !candidate.endsWith("_schemas.ts")) {
                try {
                    return parse(Files.readString(file, StandardCharsets.UTF_8), file, root);
                } catch (IOException | RuntimeException e) {
                    return List.of(); // unreadable config: the generator's default folders apply
                }
            }
        }
        return List.of();
    }

    /** The folders (relative to the root, in declaration order) of the collections that hold markdown. */
    public static List<String> markdownFolders(Path root) {
        return read(root).stream()
                .filter(Collection::markdown)
                .flatMap(c -> c.folder().stream())
                .distinct()
                .toList();
    }

    /** Parses a content config; {@code file} locates relative imports of constants. */
    static List<Collection> parse(String source, Path file) {
        return parse(source, file, null);
    }

    /**
     * Parses a content config of the site at {@code root} (null when unknown): imports through its tsconfig
     * aliases ({@code @/constants}) are followed, and a {@code new URL(path, import.meta.url)} base is resolved
     * from the config's folder, as Node resolves it.
     */
    static List<Collection> parse(String source, Path file, Path root) {
        String code = TsSource.stripComments(source);
        Map<String, String> constants = new HashMap<>();
        Map<String, Path> aliases = root == null ? Map.of() : TsconfigPaths.read(root);
        importedConstants(code, file, aliases, constants, 0);
        constants.putAll(constants(code, constants));
        Map<String, String> names = collectionNames(code);
        List<Collection> out = new ArrayList<>();
        Matcher m = DEFINE.matcher(code);
        while (m.find()) {
            String variable = unquoted(m.group(1));
            int open = m.end() - 1;
            int close = TsSource.matching(code, open);
            String call = close < 0 ? code.substring(open) : code.substring(open, close + 1);
            String name = names.getOrDefault(variable, variable);
            out.add(collection(name, variable, call, constants, moduleFolder(file, root)));
        }
        return out;
    }

    /** The config's folder relative to the root, for {@code import.meta.url}; null when either is unknown. */
    private static Path moduleFolder(Path file, Path root) {
        return file == null || root == null || file.getParent() == null
                ? null
                : root.toAbsolutePath()
                        .normalize()
                        .relativize(file.toAbsolutePath().normalize().getParent());
    }

    private static Collection collection(
            String name, String variable, String call, Map<String, String> constants, Path moduleFolder) {
        Matcher loader = LOADER.matcher(call);
        if (loader.find()) {
            int open = loader.end() - 1;
            int close = TsSource.matching(call, open);
            String args = close < 0 ? "" : call.substring(open + 1, close).strip();
            if (loader.group(1).equals("file")) {
                // file() reads one JSON/YAML data file: entries without markdown bodies.
                List<String> parts = TsSource.splitTopLevel(args, ',');
                Optional<String> path = parts.isEmpty()
                        ? Optional.empty()
                        : Optional.ofNullable(evaluate(parts.get(0), constants)).map(AstroCollections::folder);
                return new Collection(name, path, false, variable);
            }
            Map<String, String> options = objectEntries(args);
            Optional<String> base = Optional.ofNullable(options.get("base")).map(b -> base(b, constants, moduleFolder));
            String pattern = options.get("pattern");
            boolean markdown = pattern == null
                    || MARKDOWN.matcher(evaluatePattern(pattern, constants)).find();
            return new Collection(name, base, markdown, variable);
        }
        Matcher type = TYPE.matcher(call);
        boolean data = type.find() && type.group(1).equals("data");
        // Astro 2–4 without a loader: the folder is named after the collection.
        return new Collection(name, Optional.of("src/content/" + name), !data, variable);
    }

    /** A pattern's text with constants filled in; array patterns are kept whole (any element may be markdown). */
    private static String evaluatePattern(String pattern, Map<String, String> constants) {
        String value = evaluate(pattern, constants);
        return value != null ? value : pattern;
    }

    /** {@code key: value} entries of an object literal; shorthand {@code base} takes the constant of that name. */
    private static Map<String, String> objectEntries(String literal) {
        Map<String, String> entries = new LinkedHashMap<>();
        String t = literal.strip();
        if (!t.startsWith("{") || TsSource.matching(t, 0) != t.length() - 1) {
            return entries;
        }
        for (String entry : TsSource.splitTopLevel(t.substring(1, t.length() - 1), ',')) {
            int colon = TsSource.indexOfTopLevel(entry, ':');
            if (colon < 0) {
                entries.put(entry.strip(), entry.strip());
            } else {
                entries.put(
                        unquoted(entry.substring(0, colon).strip()),
                        entry.substring(colon + 1).strip());
            }
        }
        return entries;
    }

    /** Maps variable names to the names {@code export const collections = { name: variable }} gives them. */
    private static Map<String, String> collectionNames(String code) {
        Map<String, String> names = new HashMap<>();
        Matcher m = COLLECTIONS.matcher(code);
        if (m.find()) {
            int open = m.end() - 1;
            int close = TsSource.matching(code, open);
            if (close > 0) {
                objectEntries(code.substring(open, close + 1)).forEach((key, value) -> {
                    if (value.matches("[A-Za-z_$][\\w$]*")) {
                        names.put(value, key);
                    }
                });
            }
        }
        return names;
    }

    /** String constants declared in {@code code}, in order, each able to use the ones before it. */
    private static Map<String, String> constants(String code, Map<String, String> known) {
        Map<String, String> found = new HashMap<>(known);
        Matcher m = CONST.matcher(code);
        while (m.find()) {
            int start = m.end();
            if (start >= code.length()) {
                break;
            }
            int end = expressionEnd(code, start);
            String value = evaluate(code.substring(start, end), found);
            if (value != null) {
                found.put(m.group(1), value);
            }
        }
        return found;
    }

    /**
     * Constants named in {@code import { A, B as C } from "./x"} of relative modules and of modules behind the
     * site's import aliases ({@code "@/constants"}), followed two levels deep.
     */
    private static void importedConstants(
            String code, Path file, Map<String, Path> aliases, Map<String, String> into, int depth) {
        if (file == null || depth > 2) {
            return;
        }
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            Optional<Path> module = module(file.getParent(), m.group(2), aliases);
            if (module.isEmpty()) {
                continue;
            }
            String other;
            try {
                other = TsSource.stripComments(Files.readString(module.get(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                continue; // an unreadable module gives no constants
            }
            Map<String, String> theirs = new HashMap<>();
            importedConstants(other, module.get(), aliases, theirs, depth + 1);
            theirs = constants(other, theirs);
            for (String spec : m.group(1).split(",")) {
                String[] parts = spec.strip().split("\\s+as\\s+");
                String value = theirs.get(parts[0].strip());
                if (value != null && !parts[0].isBlank()) {
                    into.put(parts[parts.length - 1].strip(), value);
                }
            }
        }
    }

    /** The script a relative or aliased specifier names; empty for a package or an unknown alias. */
    private static Optional<Path> module(Path dir, String specifier, Map<String, Path> aliases) {
        Path base = specifier.startsWith(".") ? dir : null;
        String rest = specifier;
        for (Map.Entry<String, Path> alias : aliases.entrySet()) {
            if (base == null && specifier.startsWith(alias.getKey())) {
                base = alias.getValue();
                rest = specifier.substring(alias.getKey().length());
            }
        }
        if (base == null) {
            return Optional.empty();
        }
        for (String ext : SCRIPT_EXTENSIONS) {
            Path p = base.resolve(rest + ext).normalize();
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** End of the expression starting at {@code start}: the first top-level {@code ;}, newline or {@code ,}. */
    private static int expressionEnd(String code, int start) {
        int i = start;
        int depth = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = TsSource.skipString(code, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && (c == ';' || c == '\n' || c == ',')) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The string value of a literal, a template literal of constants or a constant's name; null when unknown. */
    static String evaluate(String expression, Map<String, String> constants) {
        String e = expression.strip();
        if (e.endsWith("as const")) {
            e = e.substring(0, e.length() - "as const".length()).strip();
        }
        if (e.isEmpty()) {
            return null;
        }
        if (constants.containsKey(e)) {
            return constants.get(e);
        }
        if (e.charAt(0) == '`' && TsSource.skipString(e, 0) == e.length() && e.length() >= 2) {
            Matcher v = TEMPLATE_VAR.matcher(e.substring(1, e.length() - 1));
            StringBuilder out = new StringBuilder();
            while (v.find()) {
                String value = constants.get(v.group(1));
                if (value == null) {
                    return null;
                }
                v.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            v.appendTail(out);
            return out.toString().contains("${") ? null : out.toString();
        }
        return TsSource.unquote(e);
    }

    /**
     * A glob base as a folder relative to the root: a path is the root's ({@code ./src/x}); {@code new URL(p,
     * import.meta.url)} is relative to the config module's folder; null when it cannot be worked out.
     */
    private static String base(String expression, Map<String, String> constants, Path moduleFolder) {
        Matcher url = MODULE_URL.matcher(expression.strip());
        if (!url.matches()) {
            String value = evaluate(expression, constants);
            return value == null ? null : folder(value);
        }
        String value = evaluate(url.group(1), constants);
        if (value == null || moduleFolder == null || value.startsWith("/") || value.contains(":")) {
            return null;
        }
        String resolved =
                moduleFolder.resolve(folder(value)).normalize().toString().replace('\\', '/');
        return resolved.startsWith("..") ? null : resolved;
    }

    /** A loader path as a folder relative to the site root: {@code ./src/x/} is {@code src/x}. */
    private static String folder(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p.substring(1) : p;
    }

    private static String unquoted(String key) {
        String u = TsSource.unquote(key);
        return u != null ? u : key;
    }
}
