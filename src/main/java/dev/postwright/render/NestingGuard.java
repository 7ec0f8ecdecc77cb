package dev.postwright.render;

import java.util.Locale;
import java.util.Set;

/**
 * Bounds how deeply raw HTML may nest the elements that make an HTML parser keep "markers" ({@code <table>},
 * {@code <object>}, {@code <applet>}, {@code <marquee>}, {@code <template>}): jsoup, like the HTML5 algorithm it
 * follows, walks that list once per element when the open-element stack is pruned, so 100,000 nested tables cost
 * minutes. An opening tag beyond {@link #MAX_DEPTH} is written as text instead; no real post nests tables that
 * deep. One linear pass, no regular expressions.
 */
final class NestingGuard {
    static final int MAX_DEPTH = 32;
    private static final Set<String> MARKER_SCOPES = Set.of("table", "object", "applet", "marquee", "template");

    private NestingGuard() {}

    /** {@code html} with opening marker tags beyond the depth limit escaped; the same string when none are. */
    static String bound(String html) {
        StringBuilder out = null;
        int depth = 0;
        int copied = 0;
        for (int i = html.indexOf('<'); i >= 0 && i < html.length() - 1; i = html.indexOf('<', i + 1)) {
            boolean closing = html.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.length() && nameEnd - nameStart <= 8 && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart
                    || nameEnd - nameStart > 8
                    || nameEnd >= html.length()
                    || !isNameEnd(html.charAt(nameEnd))) {
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (!MARKER_SCOPES.contains(name)) {
                continue;
            }
            if (closing) {
                depth = Math.max(0, depth - 1);
            } else if (++depth > MAX_DEPTH) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64);
                }
                out.append(html, copied, i).append("&lt;");
                copied = i + 1;
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
