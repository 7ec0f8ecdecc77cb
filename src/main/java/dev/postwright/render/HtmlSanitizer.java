package dev.postwright.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence-in-depth pass over a rendered fragment: drops scripts, event handlers and script URLs, and
 * swaps iframes and images for placeholders or resolved URLs. Regex based on purpose: the input is
 * flexmark output plus the writer's own raw HTML, not hostile markup from the web.
 */
public final class HtmlSanitizer {
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("<script\\b[^>]*>.*?</script\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCRIPT_TAG = Pattern.compile("</?script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern IFRAME = Pattern.compile("<iframe\\b([^>]*)>(?:.*?</iframe\\s*>)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Elements that could navigate the page, change its base or load plugins: removed outright. */
    private static final Set<String> DROPPED = Set.of("meta", "base", "link", "object", "embed", "applet",
            "frame", "frameset");
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "data", "cite");
    private static final Set<String> VOID = Set.of("img", "br", "hr", "input", "source", "wbr", "area", "col");

    private final RenderOptions options;

    public HtmlSanitizer(RenderOptions options) {
        this.options = options;
    }

    /** The sanitised fragment. */
    public String sanitize(String html) {
        String s = SCRIPT_ELEMENT.matcher(html).replaceAll("");
        s = SCRIPT_TAG.matcher(s).replaceAll("");
        if (!options.loadRemoteContent()) {
            s = replace(IFRAME, s, m -> iframePlaceholder(HtmlScanner.attributes(m.group(1)).get("src")));
        }
        return replace(HtmlScanner.TAG, s, this::tag);
    }

    private String tag(Matcher m) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (DROPPED.contains(name)) {
            return "";
        }
        Map<String, String> attrs = HtmlScanner.attributes(m.group(2));
        boolean unsafe = attrs.entrySet().removeIf(e -> isUnsafe(e.getKey(), e.getValue()));
        if (name.equals("img")) {
            return image(attrs, m.group(0), unsafe);
        }
        return unsafe ? rebuild(name, attrs) : m.group(0);
    }

    private String image(Map<String, String> attrs, String original, boolean unsafe) {
        String src = attrs.get("src");
        if (src == null || src.strip().toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            return unsafe ? rebuild("img", attrs) : original;
        }
        ResolvedImage resolved = options.imageResolver().resolve(src);
        if (resolved instanceof ResolvedImage.Local local) {
            String url = options.localImageUrl().apply(local.file());
            if (url == null) {
                return missing(src, local.file().toString());
            }
            attrs.put("src", url);
            return rebuild("img", attrs);
        }
        if (resolved instanceof ResolvedImage.Remote remote) {
            return options.loadRemoteContent() ? rebuild("img", attrs) : remotePlaceholder(remote, attrs.get("alt"));
        }
        ResolvedImage.Missing miss = (ResolvedImage.Missing) resolved;
        return missing(src, miss.triedPath());
    }

    static boolean isUnsafe(String name, String value) {
        if (name.startsWith("on") || name.equals("srcdoc")) {
            return true;
        }
        if (!URL_ATTRS.contains(name)) {
            return false;
        }
        // Browsers ignore whitespace and control characters inside the scheme ("java\tscript:").
        String v = value.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        return v.startsWith("javascript:") || v.startsWith("vbscript:")
                || (v.startsWith("data:") && !v.startsWith("data:image/"));
    }

    private static String rebuild(String name, Map<String, String> attrs) {
        StringBuilder sb = new StringBuilder("<").append(name);
        attrs.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(UrlText.escape(v)).append('"'));
        return sb.append(VOID.contains(name) ? " />" : ">").toString();
    }

    private static String iframePlaceholder(String src) {
        String host = src == null ? null : UrlText.host(src);
        return "<div class=\"pw-placeholder pw-iframe\" data-src=\"" + UrlText.escape(src) + "\"><span>Embedded content from "
                + UrlText.escape(host == null ? "another site" : host) + "</span> — not loaded offline</div>";
    }

    private static String remotePlaceholder(ResolvedImage.Remote remote, String alt) {
        String host = remote.host() == null ? "another site" : remote.host();
        return "<span class=\"pw-placeholder pw-remote-image\" data-src=\"" + UrlText.escape(remote.url())
                + "\" title=\"" + UrlText.escape(alt) + "\"><span>Remote image from " + UrlText.escape(host)
                + "</span> — not loaded offline</span>";
    }

    private static String missing(String src, String tried) {
        return "<span class=\"pw-missing-image\" title=\"" + UrlText.escape(tried) + "\">Image not found: "
                + UrlText.escape(src) + "</span>";
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
