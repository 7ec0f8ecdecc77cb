package dev.postwright.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;

/**
 * Makes a rendered fragment safe to show and to export: parsed with jsoup as a browser would, images resolved
 * (inside the site only) or replaced by a missing-image box, iframes, video and audio replaced by labelled
 * placeholders unless remote content is on, then cleaned against {@link PreviewSafelist}. Nothing in the result
 * runs script, and with remote content off nothing in it makes a network request.
 */
public final class HtmlSanitizer {
    /** Removed with everything inside them: code, styles, plugins, navigation and foreign markup. */
    private static final Set<String> DROPPED = Set.of(
            "script",
            "style",
            "template",
            "noscript",
            "noembed",
            "noframes",
            "xmp",
            "plaintext",
            "object",
            "embed",
            "applet",
            "param",
            "link",
            "meta",
            "base",
            "frame",
            "frameset",
            "svg",
            "math",
            "textarea",
            "select");

    /** Deeper elements are attached at this depth, as browsers do at 512. */
    static final int MAX_DEPTH = 128;

    private final RenderOptions options;

    public HtmlSanitizer(RenderOptions options) {
        this.options = options;
    }

    /** The sanitised fragment. */
    public String sanitize(String html) {
        Document dirty = parse(html);
        Element body = dirty.body();
        for (Element el : body.getAllElements()) {
            switch (el.normalName()) {
                case "iframe" -> iframe(el);
                case "video", "audio" -> media(el);
                case "img" -> image(el);
                case "input" -> el.attr("disabled", "disabled"); // a task-list box is never edited in a preview
                default -> {}
            }
            if (el.hasAttr("style")) {
                style(el);
            }
        }
        prune(body);
        Document clean = new Cleaner(new PreviewSafelist(options.loadRemoteContent())).clean(dirty);
        // XML syntax keeps attributes written in full (checked="checked") and void elements closed ("<br />").
        clean.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .syntax(Document.OutputSettings.Syntax.xml);
        return clean.body().html();
    }

    /**
     * Parsed as a browser parses a page holding it, at most {@link #MAX_DEPTH} elements deep. A whole document
     * rather than a body fragment: moving 100,000 top-level nodes out of a fragment's scratch root costs quadratic
     * time, and anything the parser puts in the head ({@code <meta>}, {@code <base>}, {@code <link>}) is left
     * behind with it.
     */
    private static Document parse(String html) {
        String bounded = NestingGuard.bound(html);
        try {
            return Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(bounded, "");
        } catch (IndexOutOfBoundsException e) {
            // jsoup 1.22-1.24 fails when formatting elements (<em><strong>) are open and block elements reach the
            // maximum depth (reconstructFormattingElements). Without the limit the parse is quadratic in the depth,
            // so such a fragment is shown as its source text: nothing in it can run, and nothing is lost.
            Document doc = Document.createShell("");
            doc.body().appendElement("pre").appendText(html);
            return doc;
        }
    }

    /**
     * Removes, with everything inside them, the elements that must not reach the page at all. Each parent's
     * children are rebuilt in one go rather than removed one by one, which would shift the sibling list each
     * time (quadratic for a post with 100,000 of them).
     */
    private void prune(Element root) {
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element el = todo.pop();
            List<Node> children = el.childNodes();
            if (children.stream().anyMatch(this::dropped)) {
                List<Node> kept = children.stream().filter(c -> !dropped(c)).toList();
                el.empty();
                kept.forEach(el::appendChild);
            }
            for (Node child : el.childNodes()) {
                if (child instanceof Element e) {
                    todo.push(e);
                }
            }
        }
    }

    private boolean dropped(Node node) {
        if (!(node instanceof Element el)) {
            return false;
        }
        String tag = el.normalName();
        if (DROPPED.contains(tag)) {
            return true;
        }
        return switch (tag) {
            // only http(s) embeds, and only when asked for (offline they are placeholders by now)
            case "iframe" -> !PreviewSafelist.isRemote(el.attr("src"));
            // a <picture>'s sources are dropped: its <img> is what gets resolved
            case "source", "track" ->
                !options.loadRemoteContent()
                        || el.parent() == null
                        || !(el.parent().normalName().equals("video")
                                || el.parent().normalName().equals("audio"));
            // only task-list checkboxes are inputs in a post
            case "input" -> !el.attr("type").equalsIgnoreCase("checkbox");
            default -> false;
        };
    }

    private void iframe(Element frame) {
        if (!options.loadRemoteContent()) {
            String src = frame.attr("src");
            frame.replaceWith(Placeholders.iframe(src.isEmpty() ? null : src));
        }
    }

    private void media(Element media) {
        if (!options.loadRemoteContent()) {
            String src = media.attr("src");
            if (src.isEmpty()) {
                Element source = media.selectFirst("source[src]");
                src = source == null ? "" : source.attr("src");
            }
            media.replaceWith(Placeholders.media(media.tagName(), src));
        }
    }

    private void image(Element img) {
        img.removeAttr("srcset").removeAttr("sizes").removeAttr("longdesc").removeAttr("usemap");
        if (!img.hasAttr("src")) {
            return;
        }
        String src = img.attr("src");
        if (src.strip().toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            return;
        }
        ResolvedImage resolved = options.imageResolver().resolve(src);
        if (resolved instanceof ResolvedImage.Local local) {
            String url = options.localImageUrl().apply(local.file());
            if (url == null) {
                img.replaceWith(Placeholders.missing(src, local.file().toString()));
            } else {
                img.attr("src", url);
            }
        } else if (resolved instanceof ResolvedImage.Remote remote) {
            if (!options.loadRemoteContent()) {
                img.replaceWith(Placeholders.remoteImage(remote, img.hasAttr("alt") ? img.attr("alt") : null));
            }
        } else if (resolved instanceof ResolvedImage.Missing miss) {
            img.replaceWith(Placeholders.missing(src, miss.triedPath()));
        } else if (resolved instanceof ResolvedImage.Blocked blocked) {
            img.replaceWith(Placeholders.blocked(src, blocked.reason()));
        }
    }

    private static void style(Element el) {
        String kept = InlineStyle.filter(el.attr("style"));
        if (kept.isEmpty()) {
            el.removeAttr("style");
        } else {
            el.attr("style", kept);
        }
    }
}
