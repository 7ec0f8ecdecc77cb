package dev.postwright.render;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for preview and export HTML: what flexmark and the preview need (headings with ids, tables,
 * task-list checkboxes, footnotes, code with language classes, images, links, the {@code data-line} scroll-sync
 * attribute and the placeholders' {@code data-src}) and nothing that runs or fetches: no event handlers, no
 * script-capable URL, no style that can load anything, no remote source unless remote content was asked for.
 */
final class PreviewSafelist extends Safelist {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");
    private static final Set<String> REMOTE_SCHEMES = Set.of("http", "https");

    private final boolean loadRemoteContent;

    PreviewSafelist(boolean loadRemoteContent) {
        this.loadRemoteContent = loadRemoteContent;
        addTags(
                "a",
                "abbr",
                "b",
                "blockquote",
                "br",
                "caption",
                "center",
                "cite",
                "code",
                "col",
                "colgroup",
                "dd",
                "del",
                "details",
                "dfn",
                "div",
                "dl",
                "dt",
                "em",
                "figcaption",
                "figure",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "hr",
                "i",
                "img",
                "input",
                "ins",
                "kbd",
                "li",
                "mark",
                "ol",
                "p",
                "pre",
                "q",
                "rp",
                "rt",
                "ruby",
                "s",
                "samp",
                "section",
                "small",
                "span",
                "strike",
                "strong",
                "sub",
                "summary",
                "sup",
                "table",
                "tbody",
                "td",
                "tfoot",
                "th",
                "thead",
                "time",
                "tr",
                "tt",
                "u",
                "ul",
                "var",
                "wbr");
        addAttributes(":all", "id", "class", "title", "lang", "dir", "style", "data-line");
        addAttributes("a", "href", "name");
        addAttributes("img", "src", "alt", "width", "height", "align");
        addAttributes("span", "data-src");
        addAttributes("div", "data-src");
        addAttributes("p", "align");
        addAttributes("div", "align");
        addAttributes("table", "align");
        addAttributes("td", "colspan", "rowspan", "align", "valign");
        addAttributes("th", "colspan", "rowspan", "align", "valign", "scope");
        addAttributes("col", "span", "width");
        addAttributes("colgroup", "span", "width");
        addAttributes("ol", "start", "type", "reversed");
        addAttributes("li", "value");
        addAttributes("input", "type", "checked", "disabled", "readonly");
        addAttributes("details", "open");
        addAttributes("time", "datetime");
        if (loadRemoteContent) {
            addTags("iframe", "video", "audio", "source");
            addAttributes("iframe", "src", "width", "height", "allowfullscreen", "loading");
            addAttributes("video", "src", "poster", "controls", "width", "height", "loop", "muted", "playsinline");
            addAttributes("audio", "src", "controls", "loop", "muted");
            addAttributes("source", "src", "type");
        }
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
        if (!super.isSafeAttribute(tagName, el, attr)) {
            return false;
        }
        String value = attr.getValue();
        return switch (attr.getKey().toLowerCase(Locale.ROOT)) {
            case "style" -> InlineStyle.isSafe(value);
            case "data-line" -> value.matches("[0-9]{1,9}");
            case "id", "name" -> !value.toLowerCase(Locale.ROOT).startsWith("pw-"); // the page's own containers
            case "href" -> isSafeLink(value);
            case "src", "poster" ->
                tagName.equals("img") ? isSafeImageSource(value, loadRemoteContent) : isRemote(value);
            default -> true;
        };
    }

    /** Relative, fragment, or a scheme that only navigates (and the preview hands every link to Java anyway). */
    static boolean isSafeLink(String href) {
        String scheme = UrlText.scheme(href);
        return scheme == null || LINK_SCHEMES.contains(scheme);
    }

    /** An http(s) address: the only kind an embed or media element may load, and only when asked to. */
    static boolean isRemote(String url) {
        String scheme = UrlText.scheme(url);
        return scheme != null && REMOTE_SCHEMES.contains(scheme);
    }

    /**
     * After the sanitiser resolved it: a local file the site owns ({@code file:} in the preview, an inlined
     * {@code data:image/…} in the export), or a remote image when remote content is on.
     */
    static boolean isSafeImageSource(String src, boolean remote) {
        String scheme = UrlText.scheme(src);
        if (scheme == null) {
            return false;
        }
        return switch (scheme) {
            case "file" -> true;
            case "data" -> UrlText.compact(src).toLowerCase(Locale.ROOT).startsWith("data:image/");
            case "http", "https" -> remote;
            default -> false;
        };
    }
}
