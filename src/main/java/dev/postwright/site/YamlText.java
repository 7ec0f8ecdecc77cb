package dev.postwright.site;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes small values as YAML source text, for {@code Field} defaults. */
public final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9 _./-]*");
    // Plain scalars that either dialect would read as something other than a string.
    private static final Set<String> RESERVED =
            Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

    private YamlText() {}

    /** A string scalar: plain when that stays a string in YAML 1.1 and 1.2, double-quoted otherwise. */
    public static String scalar(String value) {
        if (PLAIN.matcher(value).matches()
                && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    public static String flowList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlText::scalar).toList()) + "]";
    }
}
