package dev.postwright.cli;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKinds;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.validation.report.Json;
import java.util.regex.Pattern;

/** Frontmatter values as compact JSON: keys in file order, timestamps as the text written in the file. */
final class FrontmatterJson {

    // YAML numbers that are not JSON numbers (0x1F, .inf, 1_000, +1) are given as strings instead.
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private FrontmatterJson() {}

    static String object(FrontmatterDocument doc) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (FrontmatterDocument.Entry e : doc.entries()) {
            b.append(first ? "" : ",").append(Json.quote(e.key())).append(':');
            value(e.value(), b);
            first = false;
        }
        return b.append('}').toString();
    }

    static String value(YamlValue v) {
        StringBuilder b = new StringBuilder();
        value(v, b);
        return b.toString();
    }

    private static void value(YamlValue v, StringBuilder b) {
        if (v instanceof YamlValue.Scalar s) {
            b.append(
                    switch (s.kind()) {
                        case NULL -> "null";
                        case BOOLEAN -> Boolean.toString(ScalarKinds.booleanValue(s.value()));
                        case INTEGER, FLOAT ->
                            JSON_NUMBER.matcher(s.value()).matches() ? s.value() : Json.quote(s.value());
                        default -> Json.quote(s.value());
                    });
        } else if (v instanceof YamlValue.Sequence seq) {
            b.append('[');
            for (int i = 0; i < seq.items().size(); i++) {
                b.append(i == 0 ? "" : ",");
                value(seq.items().get(i), b);
            }
            b.append(']');
        } else if (v instanceof YamlValue.Mapping m) {
            b.append('{');
            for (int i = 0; i < m.entries().size(); i++) {
                b.append(i == 0 ? "" : ",")
                        .append(Json.quote(m.entries().get(i).key()))
                        .append(':');
                value(m.entries().get(i).value(), b);
            }
            b.append('}');
        }
    }
}
