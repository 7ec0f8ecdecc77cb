package dev.postwright.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tolerant regex scanner for opening tags in raw HTML snippets; not a full HTML parser on purpose. An unquoted
 * attribute value runs to the next space or {@code >} and may hold quotes ({@code onclick=alert('x')}), as in
 * the HTML tokenizer, so such a tag is still seen by the rules.
 */
final class HtmlScanner {
    /** An opening tag: lowercased name, attributes in source order (first wins), span in the scanned text. */
    record Tag(String name, Map<String, String> attributes, int start, int end) {}

    static final Pattern TAG = Pattern.compile(
            "<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?|\\s*/(?!>))*)\\s*/?>");
    static final Pattern ATTR = Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private HtmlScanner() {}

    /** Opening tags in {@code html}, skipping those inside comments (a commented-out script is not a script). */
    static List<Tag> scan(CharSequence html) {
        String text = blankComments(html.toString());
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tags.add(new Tag(m.group(1).toLowerCase(Locale.ROOT), attributes(m.group(2)), m.start(), m.end()));
        }
        return tags;
    }

    /** Attributes with lowercased names and entity-decoded values; valueless attributes map to "". */
    static Map<String, String> attributes(String attrText) {
        Map<String, String> attrs = new LinkedHashMap<>();
        if (attrText == null) {
            return attrs;
        }
        Matcher a = ATTR.matcher(attrText);
        while (a.find()) {
            String name = a.group(1).toLowerCase(Locale.ROOT);
            attrs.putIfAbsent(name, a.group(2) == null ? "" : UrlText.decodeEntities(unquote(a.group(2))));
        }
        return attrs;
    }

    static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Replaces comments by spaces so that offsets stay valid. */
    private static String blankComments(String s) {
        if (!s.contains("<!--")) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        Matcher m = COMMENT.matcher(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (sb.charAt(i) != '\n') {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }

    /** Visible text between {@code from} and the next {@code </a>} in the same snippet, or null if not closed there. */
    static String anchorText(String html, int from) {
        int close = html.toLowerCase(Locale.ROOT).indexOf("</a", from);
        if (close < 0) {
            return null;
        }
        return UrlText.decodeEntities(html.substring(from, close).replaceAll("<[^>]*>", ""))
                .strip();
    }
}
