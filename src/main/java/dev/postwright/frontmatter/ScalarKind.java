package dev.postwright.frontmatter;

/** The type a scalar resolves to under a {@link YamlDialect}; non-plain scalars are always STRING. */
public enum ScalarKind {
    STRING,
    BOOLEAN,
    INTEGER,
    FLOAT,
    NULL,
    TIMESTAMP
}
