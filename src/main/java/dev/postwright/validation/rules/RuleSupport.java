package dev.postwright.validation.rules;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.validation.PostAnalysis;
import java.util.Optional;

/** Small helpers the frontmatter rules share: status gate, value positions and display text. */
final class RuleSupport {

    private RuleSupport() {}

    /** Frontmatter rules stay silent unless the block parsed: {@code FrontmatterRule} reports the cause once. */
    static boolean usable(PostAnalysis post) {
        return post.frontmatter().status() == FrontmatterDocument.Status.OK;
    }

    /** Whole-file offset of a value's first character. */
    static int offset(PostAnalysis post, YamlValue value) {
        return post.lines().offset(value.line(), value.column());
    }

    /** Whole-file offset just past a scalar's source text (quotes included). */
    static int end(PostAnalysis post, YamlValue.Scalar value) {
        String src = value.source() != null ? value.source() : value.value();
        return offset(post, value) + src.length();
    }

    static boolean isNull(YamlValue v) {
        return v instanceof YamlValue.Scalar s && s.kind() == ScalarKind.NULL;
    }

    /** Null, a blank string, or an empty list. */
    static boolean isEmpty(YamlValue v) {
        if (v instanceof YamlValue.Scalar s) {
            return s.kind() == ScalarKind.NULL
                    || s.kind() == ScalarKind.STRING && s.value().isBlank();
        }
        return v instanceof YamlValue.Sequence seq && seq.items().isEmpty();
    }

    /** The value as the writer typed it, for messages. */
    static String shown(YamlValue v) {
        if (v instanceof YamlValue.Scalar s) {
            return s.source() != null && !s.source().isEmpty() ? s.source() : s.value();
        }
        return v instanceof YamlValue.Sequence ? "a list" : "a mapping";
    }

    /** Position {line, column} of a field's value, or of its key when the value is empty. */
    static int[] valuePosition(FrontmatterDocument.Entry e) {
        if (isNull(e.value()) || e.valueLine() <= 0) {
            return new int[] {e.line(), e.column()};
        }
        return new int[] {e.valueLine(), e.valueColumn()};
    }

    static Optional<String> scalarText(YamlValue v) {
        return v instanceof YamlValue.Scalar s && s.kind() != ScalarKind.NULL
                ? Optional.of(s.value())
                : Optional.empty();
    }
}
