package dev.postwright.frontmatter;

/** How a scalar is written in the source. */
public enum ScalarStyle {
    PLAIN,
    SINGLE,
    DOUBLE,
    LITERAL,
    FOLDED
}
