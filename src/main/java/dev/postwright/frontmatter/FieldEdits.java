package dev.postwright.frontmatter;

import java.util.List;

/**
 * The one applier of field edits, shared by the frontmatter form and the quick fixes: a set field keeps its place,
 * a new one lands where the site's schema orders it, a removed one takes its comment lines along.
 */
public final class FieldEdits {

    /** No fields: a new field goes after the last one. */
    public static final Schema NO_SCHEMA = new Schema(List.of(), false, "none");

    private FieldEdits() {}

    /**
     * The document with {@code key} set to {@code value}, or without it when {@code value} is {@code null}.
     *
     * @throws IllegalStateException when the frontmatter cannot be edited field by field
     */
    public static FrontmatterDocument set(FrontmatterDocument doc, String key, YamlValue value, Schema schema) {
        return value == null ? doc.without(key) : doc.with(key, value, schema == null ? NO_SCHEMA : schema);
    }

    /** The document with the text between its fences replaced (a block is added when there is none). */
    public static FrontmatterDocument replaceBlock(FrontmatterDocument doc, String yaml) {
        return doc.withRawYaml(yaml);
    }
}
