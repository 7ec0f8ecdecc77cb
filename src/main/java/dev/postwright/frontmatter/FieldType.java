package dev.postwright.frontmatter;

/** The kinds of frontmatter field a site schema can declare (SPEC §1). */
public enum FieldType {
    STRING,
    /** Long free text such as a description; same YAML shape as STRING. */
    TEXT,
    BOOLEAN,
    /** A calendar date or a date-time; the written format is kept when edited. */
    DATE,
    DATETIME,
    STRING_LIST,
    /** A path to an image, site-root or relative. */
    IMAGE,
    ENUM,
    URL,
    NUMBER,
    /** Declared in the schema but with a type Postwright does not model; accepted as written. */
    UNKNOWN
}
