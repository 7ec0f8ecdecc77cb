package dev.postwright.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed access to frontmatter values, and CLI text turned into values by a field's type. */
public final class FieldValues {

    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})(\\.\\d*)?"
                    + "[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?)?)?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private FieldValues() {}

    /**
     * One YAML value written as source text ({@code sourdough}, {@code "a: b"}, {@code [a, b]}), read as
     * {@code dialect} reads it after {@code key: } on one line; empty when the text is not exactly one value.
     */
    public static Optional<YamlValue> parseValue(String source, YamlDialect dialect) {
        return YamlReader.readValue(source, dialect);
    }

    /** As {@link #parseValue}, for a scalar only: its value, kind ({@code 12} is an integer) and style (quotes). */
    public static Optional<YamlValue.Scalar> parseScalar(String source, YamlDialect dialect) {
        return parseValue(source, dialect)
                .filter(v -> v instanceof YamlValue.Scalar)
                .map(v -> (YamlValue.Scalar) v);
    }

    /** A string value; null and absent read as empty without error, other kinds are type errors. */
    public static TypedRead<String> readString(FrontmatterDocument doc, String key) {
        Optional<YamlValue> v = doc.value(key);
        if (v.isEmpty() || isNull(v.get())) {
            return TypedRead.absent();
        }
        if (v.get() instanceof YamlValue.Scalar s && s.kind() == ScalarKind.STRING) {
            return TypedRead.of(s.value());
        }
        return TypedRead.error(key + " should be text but is " + describe(v.get()));
    }

    public static Optional<String> string(FrontmatterDocument doc, String key) {
        return readString(doc, key).value();
    }

    /** A boolean; a quoted or dialect-string {@code "no"} is a type error, as the site's build would say. */
    public static TypedRead<Boolean> bool(FrontmatterDocument doc, String key) {
        Optional<YamlValue> v = doc.value(key);
        if (v.isEmpty() || isNull(v.get())) {
            return TypedRead.absent();
        }
        if (v.get() instanceof YamlValue.Scalar s && s.kind() == ScalarKind.BOOLEAN) {
            return TypedRead.of(ScalarKinds.booleanValue(s.value()));
        }
        return TypedRead.error(key + " should be true or false but is " + describe(v.get()));
    }

    /**
     * A date: LocalDate for a bare date, OffsetDateTime with a zone, LocalDateTime without. Quoted date text is
     * read too, since Astro schemas coerce strings to dates.
     */
    public static TypedRead<Temporal> date(FrontmatterDocument doc, String key) {
        Optional<YamlValue> v = doc.value(key);
        if (v.isEmpty() || isNull(v.get())) {
            return TypedRead.absent();
        }
        if (v.get() instanceof YamlValue.Scalar s
                && (s.kind() == ScalarKind.TIMESTAMP || s.kind() == ScalarKind.STRING)) {
            Optional<Temporal> t = parseDate(s.value());
            if (t.isPresent()) {
                return TypedRead.of(t.get());
            }
        }
        return TypedRead.error(key + " should be a date like 2024-01-05 but is " + describe(v.get()));
    }

    /** A list of strings; a bare scalar ({@code tags: data}) is a type error. */
    public static TypedRead<List<String>> stringList(FrontmatterDocument doc, String key) {
        Optional<YamlValue> v = doc.value(key);
        if (v.isEmpty() || isNull(v.get())) {
            return TypedRead.absent();
        }
        if (v.get() instanceof YamlValue.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlValue item : seq.items()) {
                if (!(item instanceof YamlValue.Scalar s) || s.kind() == ScalarKind.NULL) {
                    return TypedRead.error(key + " should be a list of text but item on line " + item.line() + " is "
                            + describe(item));
                }
                out.add(s.value());
            }
            return TypedRead.of(List.copyOf(out));
        }
        return TypedRead.error(key + " should be a list like [a, b] but is " + describe(v.get()));
    }

    /** Parses {@code 2024-01-05}, {@code 2024-01-05T10:00:00Z}, {@code 2024-01-05 10:00:00 +02:00} and alike. */
    public static Optional<Temporal> parseDate(String text) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(date);
            }
            int nanos = 0;
            if (m.group(7) != null && m.group(7).length() > 1) {
                String f = (m.group(7).substring(1) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(f);
            }
            LocalDateTime ldt = date.atTime(
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos);
            if (m.group(8) == null) {
                return Optional.of(ldt);
            }
            return Optional.of(OffsetDateTime.of(ldt, DateFormatKeeper.parseOffset(m.group(8))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Turns CLI text ({@code tags=a,b}) into a value of the field's type.
     *
     * @throws IllegalArgumentException naming the field, the expected type and the text
     */
    public static YamlValue parseCli(Field field, String text) {
        String t = text.strip();
        if (field.nullable() && (t.isEmpty() || t.equals("null"))) {
            return YamlValue.nullValue();
        }
        return switch (field.type()) {
            case BOOLEAN ->
                switch (t.toLowerCase(Locale.ROOT)) {
                    case "true" -> YamlValue.bool(true);
                    case "false" -> YamlValue.bool(false);
                    default -> throw invalid(field, "true or false", text);
                };
            case DATE, DATETIME -> {
                if (parseDate(t).isEmpty()) {
                    throw invalid(field, "a date like 2024-01-05 or 2024-01-05T10:00:00Z", text);
                }
                yield YamlValue.timestamp(t);
            }
            case STRING_LIST -> {
                List<String> items = new ArrayList<>();
                for (String part : t.split(",")) {
                    if (!part.isBlank()) {
                        items.add(part.strip());
                    }
                }
                yield YamlValue.stringList(items, true);
            }
            case NUMBER -> {
                if (!NUMBER.matcher(t).matches()) {
                    throw invalid(field, "a number", text);
                }
                yield YamlValue.number(t);
            }
            case ENUM -> {
                if (!field.enumValues().isEmpty() && !field.enumValues().contains(t)) {
                    throw invalid(field, "one of " + field.enumValues(), text);
                }
                yield YamlValue.string(t);
            }
            default -> YamlValue.string(text);
        };
    }

    private static IllegalArgumentException invalid(Field field, String expected, String text) {
        return new IllegalArgumentException(
                "Field '" + field.name() + "' expects " + expected + ", got '" + text + "'");
    }

    private static boolean isNull(YamlValue v) {
        return v instanceof YamlValue.Scalar s && s.kind() == ScalarKind.NULL;
    }

    private static String describe(YamlValue v) {
        if (v instanceof YamlValue.Scalar s) {
            String what = switch (s.kind()) {
                case STRING -> "the text";
                case BOOLEAN -> "the boolean";
                case INTEGER, FLOAT -> "the number";
                case TIMESTAMP -> "the date";
                case NULL -> "empty";
            };
            return s.kind() == ScalarKind.NULL ? what : what + " " + (s.source() != null ? s.source() : s.value());
        }
        return v instanceof YamlValue.Sequence ? "a list" : "a mapping";
    }
}
