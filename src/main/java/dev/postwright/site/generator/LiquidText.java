package dev.postwright.site.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jekyll's Liquid does to a post before kramdown reads it, as far as links are concerned:
 * {@code highlight} blocks are code, {@code raw} and {@code comment} blocks are not markdown links, and a
 * {@code {{ site.baseurl }}} prefix makes a link site-root.
 */
public final class LiquidText {

    private static final Pattern BLOCK = Pattern.compile(
            "\\{%-?\\s*(highlight|raw|comment)\\b[^%]*-?%}(.*?)\\{%-?\\s*end\\1\\s*-?%}", Pattern.DOTALL);
    private static final Pattern UNRENDERED =
            Pattern.compile("\\{%-?\\s*(raw|comment)\\b[^%]*-?%}(.*?)\\{%-?\\s*end\\1\\s*-?%}", Pattern.DOTALL);
    private static final Pattern BASEURL =
            Pattern.compile("^(\\{\\{-?\\s*site\\.url\\s*-?}})?\\{\\{-?\\s*site\\.baseurl\\s*-?}}");

    /** {@code [text]({{ site.baseurl }}/x)}: spaces inside the braces keep markdown from seeing a link before Liquid. */
    private static final Pattern SPACED_BASEURL_LINK = Pattern.compile(
            "(?<!!)\\[([^\\]\n]*)]\\(\\s*((?:\\{\\{-?\\s*site\\.url\\s*-?}})?\\{\\{-?\\s*site\\.baseurl\\s*-?}}"
                    + "[^\\s)]*)\\s*\\)");

    /** A link markdown does not see until Liquid has run: its text, destination and offset in the text. */
    public record LiquidLink(String text, String destination, int offset) {}

    private LiquidText() {}

    /** Links whose destination starts with {@code {{ site.baseurl }}} written with spaces (no markdown link as is). */
    public static List<LiquidLink> spacedBaseurlLinks(String text) {
        List<LiquidLink> links = new ArrayList<>();
        Matcher m = SPACED_BASEURL_LINK.matcher(text);
        while (m.find()) {
            if (m.group(2).contains(" ")) {
                links.add(new LiquidLink(m.group(1), m.group(2), m.start()));
            }
        }
        return links;
    }

    /** Offsets {@code [start, end)} in {@code text} of the Liquid blocks whose content is no markdown link. */
    public static List<int[]> skippedBlocks(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            ranges.add(new int[] {m.start(), m.end()});
        }
        return ranges;
    }

    /**
     * Offsets of the blocks Liquid itself does not run: {@code raw} and {@code comment}. A {@code highlight} block's
     * tags do run (Jekyll renders its content first), so a bad {@code post_url} there stops the build too.
     */
    public static List<int[]> unrenderedBlocks(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = UNRENDERED.matcher(text);
        while (m.find()) {
            ranges.add(new int[] {m.start(), m.end()});
        }
        return ranges;
    }

    /** Whether {@code offset} lies in one of {@code ranges}. */
    public static boolean inside(List<int[]> ranges, int offset) {
        return ranges.stream().anyMatch(r -> offset >= r[0] && offset < r[1]);
    }

    /** {@code {{ site.baseurl }}/about/} as the site-root path {@code /about/}; other destinations unchanged. */
    public static String withoutBaseurl(String destination) {
        Matcher m = BASEURL.matcher(destination);
        if (!m.find()) {
            return destination;
        }
        String rest = destination.substring(m.end());
        return rest.startsWith("/") ? rest : "/" + rest;
    }
}
