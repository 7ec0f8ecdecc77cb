package dev.postwright.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;

/**
 * Makes a rendered fragment safe to show and to export: parsed with jsoup as a browser would, images resolved
 * (inside the site only) or replaced by a missing-image box, iframes, video and audio replaced by labelled
 * placeholders unless remote content is on, then cleaned against {@link PreviewSafelist}. Nothing in the result
 * runs script, and with remote content off nothing in it makes a network request.
 */
public final class HtmlSanitizer {
    /** Removed with everything inside them: code, styles, plugins, navigation and foreign markup. */
    private static final String DROPPED = "script, style, template, noscript, noembed, noframes, xmp, plaintext, "
            + "object, embed, applet, param, link, meta, base, frame, frameset, svg, math, textarea, select";

    private final RenderOptions options;

    public HtmlSanitizer(RenderOptions options) {
        this.options = options;
    }

    /** The sanitised fragment. */
    public String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Element body = dirty.body();
        body.select(DROPPED).remove();
        body.select("iframe").forEach(this::iframe);
        body.select("video, audio").forEach(this::media);
        body.select("source, track").forEach(this::source);
        body.select("img").forEach(this::image);
        body.select("input").forEach(HtmlSanitizer::input);
        body.select("[style]").forEach(HtmlSanitizer::style);
        Document clean = new Cleaner(new PreviewSafelist(options.loadRemoteContent())).clean(dirty);
        // XML syntax keeps attributes written in full (checked="checked") and void elements closed ("<br />").
        clean.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .syntax(Document.OutputSettings.Syntax.xml);
        return clean.body().html();
    }

    private void iframe(Element frame) {
        String src = frame.attr("src");
        if (!options.loadRemoteContent()) {
            frame.replaceWith(Placeholders.iframe(src.isEmpty() ? null : src));
        } else if (!PreviewSafelist.isRemote(src)) {
            frame.remove();
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

    private void source(Element source) {
        Element parent = source.parent();
        boolean inMedia = parent != null && (parent.tagName().equals("video") || parent.tagName().equals("audio"));
        if (!options.loadRemoteContent() || !inMedia) {
            source.remove(); // a <picture>'s sources: its <img> is what gets resolved
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

    /** Only task-list checkboxes are inputs in a post, and a preview never edits them. */
    private static void input(Element input) {
        if (!input.attr("type").equalsIgnoreCase("checkbox")) {
            input.remove();
        } else if (!input.hasAttr("disabled")) {
            input.attr("disabled", "disabled");
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
