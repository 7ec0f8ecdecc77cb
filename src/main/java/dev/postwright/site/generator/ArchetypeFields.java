package dev.postwright.site.generator;

import dev.postwright.frontmatter.ScalarStyle;
import dev.postwright.frontmatter.ScalarWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sets a top-level field in a filled-in archetype's front matter, in whichever of Hugo's three formats it is
 * ({@code +++} TOML, {@code ---} YAML, {@code {}} JSON), by replacing that field's value text and nothing else;
 * a field the archetype does not have is added at the end of the top level. Quoting follows what the archetype
 * wrote ({@code 'single'} stays single where it can). Only for text Postwright itself just made from an
 * archetype: the editable front matter of existing posts goes through {@code frontmatter/}.
 */
final class ArchetypeFields {

    enum Format {
        TOML,
        YAML,
        JSON
    }

    private ArchetypeFields() {}

    /** The front matter format the text starts with; empty when it has none. */
    static Optional<Format> formatOf(String text) {
        if (fence(text, "+++") >= 0) {
            return Optional.of(Format.TOML);
        }
        if (fence(text, "---") >= 0) {
            return Optional.of(Format.YAML);
        }
        if (text.startsWith("{") && JsonSpans.objectEnd(text) > 0) {
            return Optional.of(Format.JSON);
        }
        return Optional.empty();
    }

    /** {@code text} with {@code key} set to {@code value} (a String, Boolean or List of Strings). */
    static String set(String text, Format format, String key, Object value) {
        return switch (format) {
            case TOML -> setLines(text, "+++", key, value, true);
            case YAML -> setLines(text, "---", key, value, false);
            case JSON -> JsonSpans.set(text, key, value);
        };
    }

    /** The offset of the closing fence line when the text opens with {@code fence} on a line of its own. */
    static int fence(String text, String fence) {
        if (!text.startsWith(fence + "\n") && !text.startsWith(fence + "\r\n")) {
            return -1;
        }
        int pos = text.indexOf('\n') + 1;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (text.substring(pos, end).stripTrailing().equals(fence)) {
                return pos;
            }
            pos = end + 1;
        }
        return -1;
    }

    private static String setLines(String text, String fence, String key, Object value, boolean toml) {
        int close = fence(text, fence);
        int pos = text.indexOf('\n') + 1;
        int insertAt = close;
        while (pos < close) {
            int lineEnd = lineEnd(text, pos);
            String line = text.substring(pos, lineEnd);
            if (toml && line.strip().startsWith("[")) {
                insertAt = pos; // a table: the top level ends here
                break;
            }
            int valueStart = toml ? TomlSpans.valueStart(line, key) : yamlValueStart(line, key);
            if (valueStart >= 0) {
                int start = pos + valueStart;
                int end = toml ? TomlSpans.valueEnd(text, start, close) : yamlValueEnd(text, pos, close);
                String old = text.substring(start, end);
                String rendered = toml ? TomlSpans.render(value, old) : yamlRender(value, old, text, pos, end);
                return text.substring(0, start) + rendered + text.substring(end);
            }
            pos = lineEnd + 1;
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String line = toml
                ? bareKey(key) + " = " + TomlSpans.render(value, "")
                : key + ": " + yamlRender(value, "", text, insertAt, insertAt);
        return text.substring(0, insertAt) + line + nl + text.substring(insertAt);
    }

    private static String bareKey(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key + "\"";
    }

    static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl;
        return end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    // ---- YAML ----

    /** Where the value of a top-level {@code key:} line starts in the line, or -1. */
    private static int yamlValueStart(String line, String key) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String k : List.of(key, "\"" + key + "\"", "'" + key + "'")) {
            String kl = k.toLowerCase(Locale.ROOT);
            if (lower.startsWith(kl)) {
                int i = kl.length();
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length()
                        && line.charAt(i) == ':'
                        && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                    i++;
                    while (i < line.length() && line.charAt(i) == ' ') {
                        i++;
                    }
                    return i;
                }
            }
        }
        return -1;
    }

    /** The end of a top-level YAML value starting on the line at {@code linePos}: its line and any nested lines. */
    private static int yamlValueEnd(String text, int linePos, int close) {
        int end = lineEnd(text, linePos);
        int pos = text.indexOf('\n', linePos) + 1;
        while (pos > 0 && pos < close) {
            int e = lineEnd(text, pos);
            String line = text.substring(pos, e);
            if (line.isBlank()
                    || !(line.startsWith(" ") || line.startsWith("\t") || line.startsWith("- ") || line.equals("-"))) {
                break;
            }
            end = e;
            pos = text.indexOf('\n', pos) + 1;
        }
        return end;
    }

    private static String yamlRender(Object value, String old, String text, int from, int to) {
        if (value instanceof List<?> items) {
            String firstItem = old.contains("\n") ? old.substring(old.indexOf('\n') + 1) : "";
            if (!firstItem.isBlank() && firstItem.stripLeading().startsWith("-")) {
                String indent = firstItem.substring(0, firstItem.indexOf('-'));
                String nl = text.contains("\r\n") ? "\r\n" : "\n";
                return items.stream()
                        .map(i -> nl + indent + "- " + ScalarWriter.write(String.valueOf(i), ScalarStyle.PLAIN, false))
                        .collect(Collectors.joining());
            }
            return items.stream()
                    .map(i -> ScalarWriter.write(String.valueOf(i), ScalarStyle.PLAIN, true))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        ScalarStyle style = old.startsWith("\"")
                ? ScalarStyle.DOUBLE
                : old.startsWith("'") ? ScalarStyle.SINGLE : ScalarStyle.PLAIN;
        return ScalarWriter.write(String.valueOf(value), style, false);
    }
}
