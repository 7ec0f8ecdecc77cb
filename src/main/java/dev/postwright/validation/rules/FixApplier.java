package dev.postwright.validation.rules;

import dev.postwright.frontmatter.FieldEdits;
import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.validation.Fix;

/** Applies a quick fix to a post's text; the editor and the tests share it. */
public final class FixApplier {

    private FixApplier() {}

    /**
     * The text with the fix applied. A {@link Fix.FieldEdit} is spliced so only that field's lines change.
     *
     * @throws IllegalStateException when a field edit meets frontmatter that cannot be edited field by field
     * @throws IllegalArgumentException when a text edit lies outside the text or a YAML value does not parse
     */
    public static String apply(String fileText, Fix fix, YamlDialect dialect) {
        return apply(fileText, fix, dialect, FieldEdits.NO_SCHEMA);
    }

    /** As {@link #apply(String, Fix, YamlDialect)}; a field the fix adds lands where {@code schema} orders it. */
    public static String apply(String fileText, Fix fix, YamlDialect dialect, Schema schema) {
        if (fix instanceof Fix.TextFix t) {
            return t.edit().applyTo(fileText);
        }
        Fix.FieldEdit f = (Fix.FieldEdit) fix;
        FrontmatterDocument doc = FrontmatterDocument.parse(fileText, dialect);
        YamlValue value = f.yamlValue() == null ? null : parseValue(f.yamlValue(), dialect);
        return FieldEdits.set(doc, f.field(), value, schema).text();
    }

    /** A YAML value written as source text, read as the given dialect reads it. */
    static YamlValue parseValue(String yaml, YamlDialect dialect) {
        return FieldValues.parseValue(yaml, dialect)
                .orElseThrow(() -> new IllegalArgumentException("not a YAML value: " + yaml));
    }
}
