package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writes one value as TOML or JSON source, in the style of the value it replaces when there is one. */
final class SpanValueWriter {

    private static final Pattern TOML_NUMBER = Pattern.compile("[-+]?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private final boolean toml;
    private final String le;

    SpanValueWriter(boolean toml, String lineEnding) {
        this.toml = toml;
        this.le = lineEnding;
    }

    /** {@code value} as source; {@code old} (may be null) gives the string style to keep. */
    String write(YamlValue value, YamlValue old) {
        if (value instanceof YamlValue.Scalar s) {
            return scalar(s, old instanceof YamlValue.Scalar o ? o : null);
        }
        if (value instanceof YamlValue.Sequence seq) {
            List<String> parts = new ArrayList<>();
            for (YamlValue item : seq.items()) {
                parts.add(write(item, null));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        YamlValue.Mapping m = (YamlValue.Mapping) value;
        List<String> parts = new ArrayList<>();
        for (YamlValue.MappingEntry e : m.entries()) {
            parts.add(
                    toml
                            ? key(e.key()) + " = " + write(e.value(), null)
                            : json(e.key()) + ": " + write(e.value(), null));
        }
        if (parts.isEmpty()) {
            return "{}";
        }
        return toml ? "{ " + String.join(", ", parts) + " }" : "{" + String.join(", ", parts) + "}";
    }

    /** A key as TOML (bare when it can be) or JSON writes it. */
    String key(String key) {
        if (!toml) {
            return json(key);
        }
        return key.matches("[A-Za-z0-9_-]+") ? key : basic(key);
    }

    String scalar(YamlValue.Scalar n, YamlValue.Scalar old) {
        if (old != null && old.source() != null && old.value().equals(n.value()) && old.kind() == n.kind()) {
            return old.source();
        }
        String v = n.value();
        return switch (n.kind()) {
            case BOOLEAN -> v;
            case NULL -> toml ? "\"\"" : "null";
            case INTEGER, FLOAT -> (toml ? TOML_NUMBER : JSON_NUMBER).matcher(v).matches() ? v : string(v, old);
            case TIMESTAMP -> toml && TomlReader.DATE.matcher(v).matches() ? v : string(v, old);
            case STRING -> string(v, old);
        };
    }

    private String string(String v, YamlValue.Scalar old) {
        if (!toml) {
            return json(v);
        }
        String src = old == null || old.source() == null ? "" : old.source();
        boolean newlineAfterOpen = src.length() > 3 && (src.charAt(3) == '\n' || src.charAt(3) == '\r');
        // a line ending right after the opening quotes is dropped by readers: a value starting with one needs two
        String open = newlineAfterOpen || v.startsWith("\n") ? le : "";
        if (src.startsWith("'''") && !v.contains("'''") && !hasControl(v, true)) {
            return "'''" + open + v.replace("\n", le) + "'''";
        }
        if (src.startsWith("\"\"\"")) {
            return "\"\"\"" + open + multiLineBasic(v) + "\"\"\"";
        }
        if (src.startsWith("'") && !src.startsWith("'''") && v.indexOf('\'') < 0 && !hasControl(v, false)) {
            return "'" + v + "'";
        }
        return basic(v);
    }

    private static boolean hasControl(String v, boolean newlinesOk) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c < 0x20 && c != '\t' && !(newlinesOk && c == '\n')) || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A TOML basic string: {@code "…"} with escapes. */
    static String basic(String v) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            escape(b, v.charAt(i), false);
        }
        return b.append('"').toString();
    }

    private String multiLineBasic(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' && (v.startsWith("\"\"", i + 1) || i == v.length() - 1)) {
                b.append("\\\"");
            } else if (c == '\n') {
                b.append(le);
            } else if (c == '"') {
                b.append(c);
            } else {
                escape(b, c, false);
            }
        }
        return b.toString();
    }

    /** A JSON string. */
    static String json(String v) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            escape(b, v.charAt(i), true);
        }
        return b.append('"').toString();
    }

    private static void escape(StringBuilder b, char c, boolean jsonTab) {
        switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\t' -> b.append(jsonTab ? "\\t" : "\t");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
    }
}
