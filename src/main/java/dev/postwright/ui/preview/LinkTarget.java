package dev.postwright.ui.preview;

import java.util.Locale;

/** Where a link clicked in the preview should go: system browser, another post, a spot on this page, or nowhere. */
public enum LinkTarget {
    EXTERNAL,
    INTERNAL,
    ANCHOR,
    IGNORED;

    /** Classifies an {@code href} as written in the post. */
    public static LinkTarget of(String href) {
        if (href == null || href.isBlank()) {
            return IGNORED;
        }
        String h = href.strip();
        if (h.startsWith("#")) {
            return h.length() > 1 ? ANCHOR : IGNORED;
        }
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return EXTERNAL;
        }
        if (h.startsWith("//")) {
            return IGNORED; // protocol-relative: no page origin to resolve against
        }
        if (hasScheme(lower)) {
            return IGNORED; // javascript:, file:, data: and friends never leave the preview
        }
        // Site-root paths (/posts/x/, /tags/y/) and relative paths (../other.md) belong to the site.
        return INTERNAL;
    }

    private static boolean hasScheme(String h) {
        int colon = h.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        int end = firstOf(h, "/?#");
        return end < 0 || colon < end;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
