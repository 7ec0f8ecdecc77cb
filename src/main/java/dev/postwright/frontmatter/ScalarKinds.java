package dev.postwright.frontmatter;

import java.util.Locale;
import java.util.regex.Pattern;

/** Resolves the kind of a plain scalar the way the site's generator does (js-yaml for 1.2, Psych for 1.1). */
public final class ScalarKinds {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL_12 = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT_12 =
            Pattern.compile("[-+]?[0-9][0-9_]*|[-+]?0x[0-9a-fA-F_]+|[-+]?0o[0-7_]+|[-+]?0b[01_]+");
    private static final Pattern FLOAT_12 = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern INT_11 = Pattern.compile(
            "[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");
    private static final Pattern FLOAT_11 =
            Pattern.compile("[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+");
    private static final Pattern BOOL_11 = Pattern.compile("(?i)y|yes|n|no|true|false|on|off");
    /** js-yaml and YAML 1.1 share this timestamp shape. */
    static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
            + "([ \\t]*(Z|[-+][0-9]{1,2}(:?[0-9]{2})?))?");

    private ScalarKinds() {}

    public static ScalarKind resolvePlain(String text, YamlDialect dialect) {
        if (NULL.matcher(text).matches()) {
            return ScalarKind.NULL;
        }
        boolean v11 = dialect == YamlDialect.YAML_1_1;
        if (v11 ? BOOL_11.matcher(text).matches() : BOOL_12.matcher(text).matches()) {
            return ScalarKind.BOOLEAN;
        }
        if (v11 ? INT_11.matcher(text).matches() : INT_12.matcher(text).matches()) {
            return ScalarKind.INTEGER;
        }
        if (v11 ? FLOAT_11.matcher(text).matches() : FLOAT_12.matcher(text).matches()) {
            return ScalarKind.FLOAT;
        }
        if (TIMESTAMP.matcher(text).matches()) {
            return ScalarKind.TIMESTAMP;
        }
        return ScalarKind.STRING;
    }

    /** True if written plain the text would read back as a string in every dialect we support. */
    public static boolean readsAsStringEverywhere(String text) {
        return resolvePlain(text, YamlDialect.YAML_1_1) == ScalarKind.STRING
                && resolvePlain(text, YamlDialect.YAML_1_2) == ScalarKind.STRING;
    }

    /** The boolean a BOOLEAN-kind plain scalar stands for. */
    public static boolean booleanValue(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("y") || t.equals("on");
    }
}
