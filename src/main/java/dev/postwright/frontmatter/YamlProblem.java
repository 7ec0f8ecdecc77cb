package dev.postwright.frontmatter;

/** A YAML problem located in the whole post file: 1-based line and column (column counted in UTF-16 chars). */
public record YamlProblem(String message, int line, int column) {}
