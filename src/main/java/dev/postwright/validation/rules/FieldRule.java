package dev.postwright.validation.rules;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.validation.Fix;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.Severity;
import dev.postwright.validation.text.Levenshtein;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code field.required}, {@code field.type}, {@code field.unknown}, driven by the site's schema. */
public final class FieldRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        if (!RuleSupport.usable(post)) {
            return;
        }
        FrontmatterDocument doc = post.frontmatter();
        Schema schema = ctx.schema();
        boolean zod = ctx.site().generator().zodSemantics();
        boolean anyCase = ctx.site().generator().caseInsensitiveKeys();
        for (Field f : schema.fields()) {
            Optional<FrontmatterDocument.Entry> entry = entry(doc, f.name(), anyCase);
            boolean required = f.required() && f.defaultValue().isEmpty();
            if (entry.isEmpty()) {
                if (required) {
                    ctx.report(
                            RuleId.FIELD_REQUIRED,
                            1,
                            1,
                            "The required field '" + f.name()
                                    + "' is missing: add '" + f.name()
                                    + ":' with a value to the frontmatter; the site's "
                                    + "build fails without it.");
                }
                continue;
            }
            FrontmatterDocument.Entry e = entry.get();
            YamlValue v = e.value();
            if (RuleSupport.isEmpty(v)) {
                if (required) {
                    ctx.report(
                            RuleId.FIELD_REQUIRED,
                            e.line(),
                            e.column(),
                            "The required field '" + f.name()
                                    + "' is empty: give it a value; the site's build fails without it.");
                } else if (zod && RuleSupport.isNull(v) && !f.nullable()) {
                    // zod's .optional() accepts a missing key but not null, which is what 'key:' reads as.
                    ctx.report(
                            RuleId.FIELD_TYPE,
                            e.line(),
                            e.column(),
                            "'" + f.name() + "' is empty, which the "
                                    + "schema does not accept (it may be left out, not left blank): give it a value "
                                    + "or remove the line.",
                            new Fix.FieldEdit(f.name(), null, "Remove the empty '" + f.name() + "' line"));
                }
                continue;
            }
            if (jekyllWords(ctx, f, v)) {
                continue;
            }
            typeError(f, v, doc, zod).ifPresent(msg -> {
                int[] at = RuleSupport.valuePosition(e);
                ctx.report(RuleId.FIELD_TYPE, at[0], at[1], msg);
            });
        }
        for (FrontmatterDocument.Entry e : doc.entries()) {
            if (schema.field(e.key()).isEmpty()
                    && !(anyCase && hasFieldIgnoringCase(schema, e.key()))
                    && !ctx.site().generator().builtInFields().contains(e.key())) {
                reportUnknown(post, ctx, e, schema);
            }
        }
    }

    /** The entry for {@code name}; with {@code anyCase} (Hugo) {@code Title:} is the entry for {@code title}. */
    private static Optional<FrontmatterDocument.Entry> entry(FrontmatterDocument doc, String name, boolean anyCase) {
        Optional<FrontmatterDocument.Entry> exact = doc.entry(name);
        if (exact.isPresent() || !anyCase) {
            return exact;
        }
        return doc.entries().stream()
                .filter(e -> e.key().equalsIgnoreCase(name))
                .findFirst();
    }

    private static boolean hasFieldIgnoringCase(Schema schema, String key) {
        return schema.fields().stream().anyMatch(f -> f.name().equalsIgnoreCase(key));
    }

    /** Jekyll splits a plain string in {@code categories:} and {@code tags:} on spaces: a valid list. */
    private static boolean jekyllWords(RuleContext ctx, Field f, YamlValue v) {
        return ctx.site().generator().splitsWordLists(f.name())
                && f.type() == FieldType.STRING_LIST
                && v instanceof YamlValue.Scalar s
                && s.kind() == ScalarKind.STRING;
    }

    private static Optional<String> typeError(Field f, YamlValue v, FrontmatterDocument doc, boolean zod) {
        String name = f.name();
        String shown = RuleSupport.shown(v);
        ScalarKind kind = v instanceof YamlValue.Scalar s ? s.kind() : null;
        return switch (f.type()) {
            case STRING, TEXT ->
                kind == null
                        ? Optional.of("'" + name + "' should be text but is " + shown + ": write it as one value.")
                        : zod && kind != ScalarKind.STRING
                                ? Optional.of(
                                        "'" + name + "' should be text but " + shown + " reads as a " + kindName(kind)
                                                + ": put it in quotes (\"" + ((YamlValue.Scalar) v).value() + "\").")
                                : Optional.empty();
            case BOOLEAN ->
                FieldValues.bool(doc, name).typeError().map(m -> m + ": write true or false without quotes.");
            case STRING_LIST ->
                FieldValues.stringList(doc, name)
                        .typeError()
                        .map(m ->
                                m + (kind != null ? ": write it as a list, e.g. " + name + ": [" + shown + "]." : "."));
            case DATE, DATETIME ->
                kind == null || kind == ScalarKind.BOOLEAN
                        ? Optional.of("'" + name + "' should be a date like 2024-01-05 but is " + shown + ".")
                        : Optional.empty(); // unparsable date text is date.invalid's
            case NUMBER ->
                kind == ScalarKind.INTEGER || kind == ScalarKind.FLOAT
                        ? Optional.empty()
                        : Optional.of("'" + name + "' should be a number but is " + shown + ".");
            case ENUM ->
                kind == null || !f.enumValues().isEmpty() && !f.enumValues().contains(((YamlValue.Scalar) v).value())
                        ? Optional.of("'" + name + "' is " + shown + " but must be one of: "
                                + String.join(", ", f.enumValues()) + ".")
                        : Optional.empty();
            case URL ->
                kind == ScalarKind.STRING && isAbsoluteUrl(((YamlValue.Scalar) v).value())
                        ? Optional.empty()
                        : Optional.of("'" + name + "' should be a full URL like https://example.com/page but is "
                                + shown + ".");
            case IMAGE ->
                kind == ScalarKind.STRING
                        ? Optional.empty()
                        : Optional.of(
                                "'" + name + "' should be an image path like /images/cover.png but is " + shown + ".");
            case UNKNOWN -> Optional.empty();
        };
    }

    private static String kindName(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN -> "boolean";
            case INTEGER, FLOAT -> "number";
            case TIMESTAMP -> "date";
            case NULL -> "null";
            case STRING -> "text";
        };
    }

    static boolean isAbsoluteUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void reportUnknown(PostAnalysis post, RuleContext ctx, FrontmatterDocument.Entry e, Schema schema) {
        String where = "'" + e.key() + "' is not a field of the site's schema (" + schema.source() + ")";
        String consequence = schema.strict()
                ? "; the schema is strict: the build will fail. Remove it or add it to the schema."
                : "; the site ignores it. Remove it or add it to the schema.";
        Optional<String> near = nearField(
                post.frontmatter(), schema, e.key(), ctx.site().generator().zodSemantics());
        Fix fix = null;
        int start = post.lines().offset(e.line(), e.column());
        if (near.isPresent() && post.text().startsWith(e.key(), start)) {
            fix = new Fix.TextFix(start, start + e.key().length(), near.get(), "Rename to " + near.get());
        }
        ctx.report(
                RuleId.FIELD_UNKNOWN,
                schema.strict() ? Severity.ERROR : Severity.WARNING,
                e.line(),
                e.column(),
                where + near.map(n -> " (did you mean '" + n + "'?)").orElse("") + consequence,
                fix);
    }

    /** A schema field one edit or a case change away that the post does not already have. */
    private static Optional<String> nearField(FrontmatterDocument doc, Schema schema, String key, boolean slugKnown) {
        List<String> names = new ArrayList<>();
        schema.fields().forEach(f -> names.add(f.name()));
        if (slugKnown && !names.contains("slug")) {
            names.add("slug");
        }
        String lower = key.toLowerCase(Locale.ROOT);
        Optional<String> byCase = names.stream()
                .filter(n ->
                        n.toLowerCase(Locale.ROOT).equals(lower) && doc.entry(n).isEmpty())
                .findFirst();
        if (byCase.isPresent() || key.length() < 3) {
            return byCase;
        }
        return names.stream()
                .filter(n -> doc.entry(n).isEmpty() && Levenshtein.withinOne(lower, n.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
