package dev.postwright.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The preview/export page shell: CSP that blocks page scripts, inline light/dark CSS, and the
 * {@code #pw-header} and {@code #pw-content} containers the UI swaps in place.
 */
public final class PageTemplate {
    /** Scripts never run; images and media only from local files and inline data: nothing is fetched. */
    public static final String CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; "
            + "img-src file: data:; media-src file: data:";
    /** As {@link #CSP}, for a page where the writer asked for remote images, media and embeds. */
    public static final String CSP_REMOTE = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; "
            + "img-src file: data: http: https:; frame-src http: https:; media-src file: data: http: https:";

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMM, yyyy", Locale.ENGLISH);

    private final String css;

    public PageTemplate() {
        try (InputStream in = PageTemplate.class.getResourceAsStream("preview.css")) {
            if (in == null) {
                throw new IllegalStateException("preview.css missing from the classpath");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stylesheet, for callers that build their own page. */
    public String css() {
        return css;
    }

    /** A complete HTML document that loads nothing remote; {@code dark} sets class {@code pw-dark} on {@code <html>}. */
    public String page(PostHeader header, String bodyHtml, boolean dark) {
        return page(header, bodyHtml, dark, false);
    }

    /** A complete HTML document; with {@code allowRemote} its CSP lets http(s) images, media and frames load. */
    public String page(PostHeader header, String bodyHtml, boolean dark, boolean allowRemote) {
        String title = header == null ? "" : UrlText.escape(header.title());
        return "<!DOCTYPE html>\n<html lang=\"en\"" + (dark ? " class=\"pw-dark\"" : "") + ">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + (allowRemote ? CSP_REMOTE : CSP) + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n<main id=\"pw-main\">\n"
                + "<header id=\"pw-header\">" + (header == null ? "" : headerHtml(header)) + "</header>\n"
                + "<article id=\"pw-content\" class=\"pw-prose\">\n" + bodyHtml
                + "\n</article>\n</main>\n</body>\n</html>\n";
    }

    /** Inner HTML of {@code #pw-header}: banners, title, date line, tags. */
    public String headerHtml(PostHeader h) {
        StringBuilder sb = new StringBuilder();
        if (h.draft()) {
            sb.append("<div class=\"pw-banner pw-banner-draft\">Draft — not published</div>\n");
        }
        if (h.scheduled()) {
            sb.append("<div class=\"pw-banner pw-banner-scheduled\">Scheduled for ")
                    .append(UrlText.escape(displayDate(h.pubDate())))
                    .append("</div>\n");
        }
        sb.append("<h1 class=\"pw-title\">").append(UrlText.escape(h.title())).append("</h1>\n");
        sb.append("<div class=\"pw-meta\">");
        if (h.pubDate() != null && !h.pubDate().isBlank()) {
            sb.append("<time>").append(UrlText.escape(displayDate(h.pubDate()))).append("</time>");
        }
        if (h.modDate() != null && !h.modDate().isBlank()) {
            sb.append(" <span class=\"pw-updated\">(Updated: ")
                    .append(UrlText.escape(displayDate(h.modDate())))
                    .append(")</span>");
        }
        sb.append(" <span class=\"pw-reading\">· ")
                .append(Math.max(1, h.readingMinutes()))
                .append(" min read</span>");
        sb.append("</div>\n");
        if (!h.tags().isEmpty()) {
            sb.append("<ul class=\"pw-tags\">");
            for (String tag : h.tags()) {
                String t = UrlText.escape(tag);
                sb.append("<li><a href=\"/tags/")
                        .append(t)
                        .append("/\">#")
                        .append(t)
                        .append("</a></li>");
            }
            sb.append("</ul>\n");
        }
        return sb.toString();
    }

    /** Frontmatter dates shown as AstroPaper shows them ("1 Oct, 2023"); anything unparseable as written. */
    static String displayDate(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).format(DISPLAY);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s)
                        .format(DISPLAY);
            } catch (DateTimeParseException e2) {
                return s;
            }
        }
    }
}
