package dev.postwright.validation;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a post.
 *
 * @param line 1-based line in the whole file (frontmatter included)
 * @param column 1-based column in that line
 * @param rule stable rule id from SPEC §3, e.g. {@code slug.duplicate}
 */
public record Problem(
        Path file, int line, int column, Severity severity, String rule, String message, Optional<Fix> fix) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? Optional.empty() : fix;
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    public Problem withSeverity(Severity s) {
        return new Problem(file, line, column, s, rule, message, fix);
    }
}
