package dev.postwright.site;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps one zod expression ({@code z.string().optional()}, {@code image().or(z.string())}, …) to a field. */
final class ZodExpression {

    /** One link of a call chain: {@code name} alone for a property, with {@code args} for a call. */
    record Link(String name, String args) {}

    private static final Set<String> STRING_LIKE = Set.of("string");

    private ZodExpression() {}

    static Field toField(String name, String expression) {
        List<Link> chain = chain(expression);
        int base = baseIndex(chain);
        FieldType type = base < 0 ? FieldType.UNKNOWN : typeOf(chain, base);
        List<String> values =
                type == FieldType.ENUM ? enumValues(chain.get(base).args()) : List.of();
        if (type == FieldType.ENUM && values.isEmpty()) {
            type = FieldType.UNKNOWN; // z.enum(SOME_CONST): the values live elsewhere
        }
        if (type == FieldType.STRING && name.equals("description")) {
            type = FieldType.TEXT;
        }
        boolean optional = false;
        boolean nullable = false;
        Optional<String> defaultValue = Optional.empty();
        for (int i = Math.max(base + 1, 0); i < chain.size(); i++) {
            Link link = chain.get(i);
            switch (link.name()) {
                case "optional" -> optional = true;
                case "nullable" -> nullable = true;
                case "nullish" -> {
                    optional = true;
                    nullable = true;
                }
                case "default" -> {
                    optional = true;
                    // A non-literal default (SITE.author) still makes the field optional.
                    defaultValue = link.args() == null ? Optional.empty() : literal(link.args());
                }
                default -> {
                    // refinements (.url(), .min(), .or(), .transform()) do not change presence
                }
            }
        }
        return new Field(name, type, !optional, nullable, defaultValue, values);
    }

    /** Index of the link naming the base type (after {@code z.} and {@code coerce.}), or -1. */
    private static int baseIndex(List<Link> chain) {
        if (chain.isEmpty()) {
            return -1;
        }
        if (!chain.get(0).name().equals("z")) {
            return chain.get(0).args() != null ? 0 : -1;
        }
        int i = 1;
        if (i < chain.size() && chain.get(i).name().equals("coerce")) {
            i++;
        }
        return i < chain.size() && chain.get(i).args() != null ? i : -1;
    }

    private static FieldType typeOf(List<Link> chain, int base) {
        Link link = chain.get(base);
        if (base == 0) {
            return link.name().equals("image") ? FieldType.IMAGE : FieldType.UNKNOWN;
        }
        return switch (link.name()) {
            case "string" -> hasLink(chain, base, "url") ? FieldType.URL : FieldType.STRING;
            case "boolean" -> FieldType.BOOLEAN;
            case "date" -> FieldType.DATETIME;
            case "number" -> FieldType.NUMBER;
            case "enum" -> FieldType.ENUM;
            case "array" -> isPlainString(link.args()) ? FieldType.STRING_LIST : FieldType.UNKNOWN;
            case "union" -> link.args().contains("image(") ? FieldType.IMAGE : FieldType.UNKNOWN;
            default -> FieldType.UNKNOWN;
        };
    }

    private static boolean hasLink(List<Link> chain, int after, String name) {
        return chain.subList(after + 1, chain.size()).stream()
                .anyMatch(l -> l.name().equals(name));
    }

    /** {@code z.string()} possibly refined ({@code .min(1)}, {@code .trim()}), as an array element type. */
    private static boolean isPlainString(String args) {
        List<Link> inner = chain(args);
        int base = baseIndex(inner);
        return base > 0 && STRING_LIKE.contains(inner.get(base).name()) && !hasLink(inner, base, "url");
    }

    private static List<String> enumValues(String args) {
        String list = args == null ? "" : args.strip();
        if (!list.startsWith("[") || !list.endsWith("]")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String item : TsSource.splitTopLevel(list.substring(1, list.length() - 1), ',')) {
            String value = TsSource.unquote(item);
            if (value == null) {
                return List.of();
            }
            values.add(value);
        }
        return values;
    }

    /** A JS literal as YAML source text; empty when it is not a literal (an identifier, a call). */
    static Optional<String> literal(String js) {
        String t = js.strip();
        if (t.endsWith("as const")) {
            t = t.substring(0, t.length() - "as const".length()).strip();
        }
        if (t.equals("true") || t.equals("false") || t.equals("null") || t.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.of(t);
        }
        String string = TsSource.unquote(t);
        if (string != null) {
            return Optional.of(YamlText.scalar(string));
        }
        if (t.startsWith("[") && t.endsWith("]") && TsSource.matching(t, 0) == t.length() - 1) {
            List<String> items = new ArrayList<>();
            for (String item : TsSource.splitTopLevel(t.substring(1, t.length() - 1), ',')) {
                Optional<String> yaml = literal(item);
                if (yaml.isEmpty()) {
                    return Optional.empty();
                }
                items.add(yaml.get());
            }
            return Optional.of("[" + String.join(", ", items) + "]");
        }
        return Optional.empty();
    }

    /** Splits {@code a.b(x).c()} into links; stops at anything that is not a plain chain. */
    static List<Link> chain(String expression) {
        String s = expression.strip();
        List<Link> links = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)))) {
                i++;
            }
            if (i == start) {
                break;
            }
            String name = s.substring(start, i);
            i = skipSpace(s, i);
            String args = null;
            if (i < s.length() && s.charAt(i) == '(') {
                int close = TsSource.matching(s, i);
                if (close < 0) {
                    break;
                }
                args = s.substring(i + 1, close);
                i = skipSpace(s, close + 1);
            }
            links.add(new Link(name, args));
            if (i < s.length() && s.charAt(i) == '.') {
                i = skipSpace(s, i + 1);
            } else {
                break;
            }
        }
        return links;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
