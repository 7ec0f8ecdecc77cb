package dev.postwright.site;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the blog collection's {@code z.object({...})} field list from an Astro content config. */
public final class ZodSchemaReader {

    /** Files tried in order; v2 sites keep the object in {@code _schemas.ts} and import it into config.ts. */
    public static final List<String> CANDIDATES = List.of(
            "src/content.config.ts",
            "src/content.config.mjs",
            "src/content.config.js",
            "src/content/config.ts",
            "src/content/config.mjs",
            "src/content/config.js",
            "src/content/_schemas.ts");

    private static final Pattern OBJECT = Pattern.compile("\\bz\\s*\\.\\s*object\\s*\\(");
    private static final Pattern SCHEMA_REF = Pattern.compile("\\bschema\\s*:\\s*([A-Za-z_$][\\w$]*)\\s*[,}]");
    private static final Pattern STRICT = Pattern.compile("\\.\\s*strict\\s*\\(");
    private static final Pattern BLOG_SCHEMA_VAR = Pattern.compile("\\bblogSchema\\s*=");

    /** The schema to use and a sentence saying where it came from or why the preset was used. */
    public record Result(Schema schema, String note) {}

    private ZodSchemaReader() {}

    /** Reads the first candidate under {@code root} that yields a schema, else returns {@code fallback}. */
    public static Result read(Path root, Schema fallback) {
        List<String> problems = new ArrayList<>();
        for (String candidate : CANDIDATES) {
            Path file = root.resolve(candidate);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                Schema schema = parse(Files.readString(file, StandardCharsets.UTF_8), candidate);
                return new Result(
                        schema,
                        "Fields from " + candidate + " (" + schema.fields().size() + " fields"
                                + (schema.strict() ? ", strict" : "") + ")");
            } catch (ZodSchemaException e) {
                problems.add(e.getMessage());
            } catch (IOException | RuntimeException e) {
                problems.add(candidate + " could not be read (" + e.getMessage() + ")");
            }
        }
        String why = problems.isEmpty()
                ? "No src/content.config.ts, src/content/config.ts or src/content/_schemas.ts"
                : String.join("; ", problems);
        return new Result(fallback, why + "; using the AstroPaper preset fields");
    }

    /** Parses TypeScript source; {@code sourceName} is used in messages and as the schema source. */
    public static Schema parse(String source, String sourceName) throws ZodSchemaException {
        String code = TsSource.stripComments(source);
        int at = findBlogObject(code);
        if (at < 0) {
            throw new ZodSchemaException(sourceName + " has no z.object schema for the blog collection");
        }
        return objectAt(code, at, sourceName);
    }

    /**
     * Each markdown collection's own schema, by collection name, from the first content config under {@code root}:
     * a site's {@code notes} need not have the fields of its {@code blog}. Collections whose schema cannot be read
     * are left out (they follow the site's schema).
     */
    public static Map<String, Schema> readCollections(Path root) {
        for (String candidate : CANDIDATES) {
            Path file = root.resolve(candidate);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                String code = TsSource.stripComments(Files.readString(file, StandardCharsets.UTF_8));
                Map<String, Schema> out = new LinkedHashMap<>();
                for (AstroCollections.Collection c : AstroCollections.parse(code, null)) {
                    if (!c.markdown()) {
                        continue;
                    }
                    int at = collectionCall(code, c.variable())
                            .map(m -> objectOf(code, m))
                            .orElse(-1);
                    if (at >= 0) {
                        try {
                            out.put(c.name(), objectAt(code, at, candidate));
                        } catch (ZodSchemaException e) {
                            // this collection follows the site's schema
                        }
                    }
                }
                return out;
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
        }
        return Map.of();
    }

    private static Schema objectAt(String code, int at, String sourceName) throws ZodSchemaException {
        int open = code.indexOf('(', at);
        int close = TsSource.matching(code, open);
        if (close < 0) {
            throw new ZodSchemaException(
                    sourceName + " has an unclosed z.object( at line " + TsSource.lineOf(code, at));
        }
        String arg = code.substring(open + 1, close).strip();
        if (!arg.startsWith("{") || TsSource.matching(arg, 0) != arg.length() - 1) {
            throw new ZodSchemaException(
                    sourceName + " line " + TsSource.lineOf(code, at) + ": z.object( is not given an object literal");
        }
        List<Field> fields = new ArrayList<>();
        for (String entry : TsSource.splitTopLevel(arg.substring(1, arg.length() - 1), ',')) {
            toField(entry).ifPresent(fields::add);
        }
        if (fields.isEmpty()) {
            throw new ZodSchemaException(sourceName + " has a z.object with no fields Postwright can read");
        }
        return new Schema(fields, isStrict(code, close + 1), sourceName);
    }

    /** Offset of the {@code z.object(} that defines blog posts, or -1. */
    private static int findBlogObject(String code) {
        Optional<Matcher> blog = collectionCall(code, "blog");
        if (blog.isPresent()) {
            return objectOf(code, blog.get());
        }
        // No "blog": the first collection that holds markdown (a site's "posts") is the one posts follow.
        Optional<Matcher> first = AstroCollections.parse(code, null).stream()
                .filter(AstroCollections.Collection::markdown)
                .findFirst()
                .flatMap(c -> collectionCall(code, c.variable()));
        int at = first.map(m -> objectOf(code, m)).orElse(-1);
        if (at >= 0) {
            return at;
        }
        Matcher named = BLOG_SCHEMA_VAR.matcher(code);
        if (named.find()) {
            return objectAfter(code, named.end());
        }
        return objectAfter(code, 0);
    }

    /** The {@code defineCollection(} call assigned to {@code variable} ({@code const notes = …} or {@code notes: …}). */
    private static Optional<Matcher> collectionCall(String code, String variable) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(variable) + "\\s*[=:]\\s*defineCollection\\s*\\(")
                .matcher(code);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /** The schema object of the {@code defineCollection(} call {@code collection} found, or -1. */
    private static int objectOf(String code, Matcher collection) {
        int open = collection.end() - 1;
        int close = TsSource.matching(code, open);
        String call = close < 0 ? code.substring(open) : code.substring(open, close + 1);
        Matcher inline = OBJECT.matcher(call);
        if (inline.find()) {
            return open + inline.start();
        }
        // schema: blogSchema — the object is declared elsewhere (often imported from _schemas.ts).
        Matcher ref = SCHEMA_REF.matcher(call);
        if (ref.find()) {
            Matcher decl = Pattern.compile("\\b" + Pattern.quote(ref.group(1)) + "\\s*=")
                    .matcher(code);
            return decl.find() ? objectAfter(code, decl.end()) : -1;
        }
        return -1;
    }

    private static int objectAfter(String code, int from) {
        Matcher m = OBJECT.matcher(code);
        return m.find(from) ? m.start() : -1;
    }

    /** Whether the chain following the object's closing parenthesis calls {@code .strict()}. */
    private static boolean isStrict(String code, int from) {
        int end = from;
        int depth = 0;
        while (end < code.length()) {
            char c = code.charAt(end);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) {
                    break;
                }
            } else if ((c == ',' || c == ';') && depth == 0) {
                break;
            }
            end++;
        }
        return STRICT.matcher(code.substring(from, end)).find();
    }

    private static Optional<Field> toField(String entry) {
        int colon = TsSource.indexOfTopLevel(entry, ':');
        if (colon < 0 || entry.startsWith("...")) {
            return Optional.empty(); // shorthand or spread: nothing to learn a type from
        }
        String key = entry.substring(0, colon).strip();
        String unquoted = TsSource.unquote(key);
        String name = unquoted != null ? unquoted : key;
        if (!name.matches("[\\w$-]+")) {
            return Optional.empty();
        }
        return Optional.of(
                ZodExpression.toField(name, entry.substring(colon + 1).strip()));
    }

    /** For tests and messages: the type a zod expression maps to. */
    static FieldType typeOf(String name, String expression) {
        return ZodExpression.toField(name, expression).type();
    }
}
