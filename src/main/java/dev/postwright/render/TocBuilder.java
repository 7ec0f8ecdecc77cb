package dev.postwright.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Table of contents as remark-toc (mdast-util-toc) builds it, inserted after the ToC heading. */
final class TocBuilder {
    private TocBuilder() {}

    /** {@code html} with the ToC list inserted after the ToC heading's closing tag; unchanged if there is none. */
    static String insert(String html, ParsedMarkdown parsed) {
        Heading toc = parsed.tocHeading().orElse(null);
        if (toc == null) {
            return html;
        }
        Matcher open = Pattern.compile("<h" + toc.level() + "\\b[^>]*\\bid=\"" + Pattern.quote(toc.id()) + "\"")
                .matcher(html);
        if (!open.find()) {
            return html;
        }
        String close = "</h" + toc.level() + ">";
        int end = html.indexOf(close, open.end());
        if (end < 0) {
            return html;
        }
        int at = end + close.length();
        return html.substring(0, at) + "\n" + list(entries(parsed.headings(), toc)) + html.substring(at);
    }

    /**
     * mdast-util-toc lists every non-empty heading from the first one at the ToC's level or higher onward
     * (same-level siblings included, which is why AstroPaper ToCs list the h2 sections); deeper headings
     * between the ToC heading and that one belong to the ToC section and are skipped.
     */
    static List<Heading> entries(List<Heading> headings, Heading toc) {
        int start = headings.indexOf(toc) + 1;
        while (start < headings.size() && headings.get(start).level() > toc.level()) {
            start++;
        }
        return headings.subList(start, headings.size()).stream()
                .filter(h -> !h.text().isBlank())
                .toList();
    }

    static String list(List<Heading> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"pw-toc\">\n");
        Deque<Integer> levels = new ArrayDeque<>();
        levels.push(entries.get(0).level());
        boolean first = true;
        for (Heading h : entries) {
            if (!first) {
                if (h.level() > levels.peek()) {
                    sb.append("\n<ul>\n");
                    levels.push(h.level());
                } else {
                    while (levels.size() > 1 && h.level() < levels.peek()) {
                        sb.append("</li>\n</ul>\n");
                        levels.pop();
                    }
                    sb.append("</li>\n");
                }
            }
            first = false;
            sb.append("<li><a href=\"#")
                    .append(UrlText.escape(h.id()))
                    .append("\">")
                    .append(UrlText.escape(h.text()))
                    .append("</a>");
        }
        while (levels.size() > 1) {
            sb.append("</li>\n</ul>\n");
            levels.pop();
        }
        return sb.append("</li>\n</ul>\n").toString();
    }
}
