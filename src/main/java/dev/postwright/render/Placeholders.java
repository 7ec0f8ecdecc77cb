package dev.postwright.render;

import org.jsoup.nodes.Element;

/** The labelled boxes the preview and export show instead of content they do not load. */
final class Placeholders {
    private Placeholders() {}

    static Element iframe(String src) {
        src = shown(src);
        String host = src == null || !PreviewSafelist.isRemote(src) ? null : UrlText.host(src);
        Element div =
                new Element("div").attr("class", "pw-placeholder pw-iframe").attr("data-src", nullToEmpty(src));
        div.appendElement("span").text("Embedded content from " + (host == null ? "another site" : host));
        return div.appendText(" — not loaded offline");
    }

    static Element media(String tag, String src) {
        src = shown(src);
        String host = PreviewSafelist.isRemote(src) ? UrlText.host(src) : null;
        String what = tag.equals("audio") ? "Audio" : "Video";
        Element span =
                new Element("span").attr("class", "pw-placeholder pw-media").attr("data-src", src);
        span.appendElement("span").text(what + (host == null ? "" : " from " + host));
        return span.appendText(" — not loaded in the preview");
    }

    static Element remoteImage(ResolvedImage.Remote remote, String alt) {
        String host = remote.host() == null ? "another site" : remote.host();
        Element span = new Element("span")
                .attr("class", "pw-placeholder pw-remote-image")
                .attr("data-src", remote.url())
                .attr("title", nullToEmpty(alt));
        span.appendElement("span").text("Remote image from " + host);
        return span.appendText(" — not loaded offline");
    }

    static Element missing(String src, String tried) {
        src = shown(src);
        tried = shown(tried);
        return new Element("span")
                .attr("class", "pw-missing-image")
                .attr("title", nullToEmpty(tried))
                .text("Image not found: " + src);
    }

    static Element blocked(String src, String reason) {
        src = shown(src);
        return new Element("span")
                .attr("class", "pw-missing-image pw-blocked-image")
                .attr("title", "The image " + reason + ": not shown")
                .text("Image not shown: " + src + " (outside the site)");
    }

    /**
     * A source as it may appear in a label: addresses with a scheme that runs code or carries a document
     * ({@code javascript:}, {@code data:text/html}) are shortened to their scheme, so no copy of the page ever
     * holds one, not even in a title.
     */
    static String shown(String src) {
        String scheme = UrlText.scheme(src);
        if (scheme == null
                || scheme.equals("http")
                || scheme.equals("https")
                || scheme.equals("file")
                || scheme.equals("mailto")
                || scheme.length() == 1) {
            return src; // a one-letter "scheme" is a Windows drive (C:\...)
        }
        return "(a " + scheme + " address, not shown)";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
