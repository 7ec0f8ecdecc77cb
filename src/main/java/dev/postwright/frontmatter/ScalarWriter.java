package dev.postwright.frontmatter;

/** Writes string scalars, quoting only where YAML needs it and keeping a preferred quote style when possible. */
public final class ScalarWriter {

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private ScalarWriter() {}

    /** True if {@code s} can be written plain and reads back as the same string under every dialect. */
    public static boolean plainSafe(String s, boolean flow) {
        if (s.isEmpty() || !s.strip().equals(s) || Character.isWhitespace(s.charAt(0))) {
            return false;
        }
        if (INDICATORS.indexOf(s.charAt(0)) >= 0
                || s.startsWith("---")
                || s.startsWith("...")
                || s.equals("<<")
                || s.equals("=")) {
            return false;
        }
        if (s.contains(": ") || s.endsWith(":") || s.contains(" #") || s.contains(":\t") || s.contains("\t#")) {
            return false;
        }
        if (flow
                && (s.indexOf(',') >= 0
                        || s.indexOf('[') >= 0
                        || s.indexOf(']') >= 0
                        || s.indexOf('{') >= 0
                        || s.indexOf('}') >= 0)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (needsEscape(s.charAt(i)) || s.charAt(i) == '\t') {
                return false;
            }
        }
        return ScalarKinds.readsAsStringEverywhere(s);
    }

    /** Writes a string in the preferred flow style (PLAIN, SINGLE, DOUBLE), falling back to double quotes. */
    public static String write(String s, ScalarStyle preferred, boolean flow) {
        if (preferred == ScalarStyle.PLAIN && plainSafe(s, flow)) {
            return s;
        }
        if (preferred == ScalarStyle.SINGLE && singleSafe(s)) {
            return "'" + s.replace("'", "''") + "'";
        }
        return doubleQuoted(s);
    }

    static boolean singleSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (needsEscape(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\0' -> b.append("\\0");
                default -> {
                    if (needsEscape(c)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Characters YAML cannot hold unescaped (controls, NEL, line/paragraph separators, BOM). */
    private static boolean needsEscape(char c) {
        return (c < 0x20 && c != '\t')
                || c == 0x7F
                || (c >= 0x80 && c <= 0x9F)
                || c == '\u2028'
                || c == '\u2029'
                || c == '\uFEFF';
    }

    /**
     * A block scalar ({@code |} or {@code >}) for {@code s} with the given content indent, or null when the text
     * cannot be written that way (leading spaces, special characters).
     */
    static String block(String s, char indicator, String indent, String lineEnding) {
        if (s.isEmpty()
                || !singleSafe(s.replace("\n", ""))
                || s.startsWith(" ")
                || s.contains("\n ")
                || s.contains("\t")
                || s.strip().isEmpty()) {
            return null;
        }
        String content = s;
        String chomp;
        if (!content.endsWith("\n")) {
            chomp = "-";
        } else if (!content.endsWith("\n\n")) {
            chomp = "";
            content = content.substring(0, content.length() - 1);
        } else {
            return null;
        }
        if (content.contains("\n\n") && indicator == '>') {
            return null;
        }
        String[] parts = content.split("\n", -1);
        StringBuilder b = new StringBuilder().append(indicator).append(chomp);
        for (String part : parts) {
            b.append(lineEnding);
            if (!part.isEmpty()) {
                b.append(indent).append(part);
            }
            if (indicator == '>' && part != parts[parts.length - 1]) {
                b.append(lineEnding);
            }
        }
        return b.append(lineEnding).toString();
    }
}
