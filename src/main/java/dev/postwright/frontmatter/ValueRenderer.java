package dev.postwright.frontmatter;

/** Renders values that have no old source to follow (new keys, type changes) in a plain, conventional style. */
final class ValueRenderer {

    private ValueRenderer() {}

    /** The text after {@code key:} (leading space included, no final line ending). */
    static String render(YamlValue value, String indent, String le) {
        if (value instanceof YamlValue.Scalar s) {
            return s.kind() == ScalarKind.NULL
                            && (s.source() == null || s.source().isEmpty())
                    ? ""
                    : " " + scalar(s, null, false);
        }
        if (value instanceof YamlValue.Sequence seq) {
            if (seq.flow() || seq.items().isEmpty()) {
                return " " + flow(seq);
            }
            StringBuilder b = new StringBuilder();
            for (YamlValue item : seq.items()) {
                b.append(le)
                        .append(indent)
                        .append("  -")
                        .append(
                                item instanceof YamlValue.Scalar
                                        ? " " + scalar((YamlValue.Scalar) item, null, false)
                                        : " " + flow(item));
            }
            return b.toString();
        }
        YamlValue.Mapping m = (YamlValue.Mapping) value;
        if (m.flow() || m.entries().isEmpty()) {
            return " " + flow(m);
        }
        StringBuilder b = new StringBuilder();
        for (YamlValue.MappingEntry e : m.entries()) {
            b.append(le)
                    .append(indent)
                    .append("  ")
                    .append(key(e.key()))
                    .append(':')
                    .append(render(e.value(), indent + "  ", le));
        }
        return b.toString();
    }

    static String flow(YamlValue value) {
        if (value instanceof YamlValue.Scalar s) {
            return s.kind() == ScalarKind.NULL ? "null" : scalar(s, null, true);
        }
        StringBuilder b = new StringBuilder();
        if (value instanceof YamlValue.Sequence seq) {
            b.append('[');
            for (int i = 0; i < seq.items().size(); i++) {
                b.append(i == 0 ? "" : ", ").append(flow(seq.items().get(i)));
            }
            return b.append(']').toString();
        }
        YamlValue.Mapping m = (YamlValue.Mapping) value;
        b.append('{');
        for (int i = 0; i < m.entries().size(); i++) {
            YamlValue.MappingEntry e = m.entries().get(i);
            b.append(i == 0 ? "" : ", ").append(key(e.key())).append(": ").append(flow(e.value()));
        }
        return b.append('}').toString();
    }

    private static String key(String k) {
        return ScalarWriter.plainSafe(k, true) ? k : ScalarWriter.doubleQuoted(k);
    }

    /** A scalar on one line, keeping the old value's quote style where it can. */
    static String scalar(YamlValue.Scalar n, YamlValue.Scalar old, boolean flow) {
        ScalarStyle oldStyle = old == null ? n.style() : old.style();
        switch (n.kind()) {
            case STRING -> {
                ScalarStyle style = oldStyle == ScalarStyle.LITERAL || oldStyle == ScalarStyle.FOLDED
                        ? ScalarStyle.PLAIN
                        : oldStyle;
                return ScalarWriter.write(n.value(), style, flow);
            }
            case TIMESTAMP -> {
                // Quoted dates stay quoted: sites that coerce strings to dates were written that way on purpose.
                if (oldStyle == ScalarStyle.SINGLE) {
                    return "'" + n.value() + "'";
                }
                return oldStyle == ScalarStyle.DOUBLE ? "\"" + n.value() + "\"" : n.value();
            }
            case NULL -> {
                return "null";
            }
            default -> {
                return n.source() != null && !n.source().isEmpty() ? n.source() : n.value();
            }
        }
    }
}
