package dev.postwright.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Filters a {@code style} attribute down to a few layout properties with plain values. Anything that could
 * load a resource or run code ({@code url(}, {@code expression(}, {@code image-set(}, {@code @import}, escapes,
 * comments) has a parenthesis, a backslash, a slash-star or an at sign, and none of those is allowed in a value,
 * so such declarations are dropped whatever their spelling.
 */
final class InlineStyle {
    /** What writers put on images and paragraphs in real posts: size, alignment, spacing, colour. */
    private static final Set<String> PROPERTIES = Set.of(
            "text-align",
            "vertical-align",
            "width",
            "height",
            "max-width",
            "max-height",
            "min-width",
            "min-height",
            "float",
            "clear",
            "margin",
            "margin-top",
            "margin-bottom",
            "margin-left",
            "margin-right",
            "padding",
            "padding-top",
            "padding-bottom",
            "padding-left",
            "padding-right",
            "color",
            "background-color",
            "font-weight",
            "font-style",
            "font-size",
            "text-decoration",
            "white-space",
            "display",
            "border",
            "border-collapse");

    private static final Pattern SAFE_VALUE = Pattern.compile("[#a-zA-Z0-9.%, +-]*+");

    private InlineStyle() {}

    /** The allowed declarations of {@code css}, re-joined; empty when none is left. */
    static String filter(String css) {
        if (css == null || css.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String declaration : css.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            if (PROPERTIES.contains(property) && !value.isEmpty() && isSafeValue(value)) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(property).append(": ").append(value);
            }
        }
        return out.toString();
    }

    /** True when {@code css} is already in filtered form (what {@link #filter} returns for it). */
    static boolean isSafe(String css) {
        return css != null && !css.isEmpty() && filter(css).equals(css);
    }

    private static boolean isSafeValue(String value) {
        return value.length() <= 200 && SAFE_VALUE.matcher(value).matches();
    }
}
