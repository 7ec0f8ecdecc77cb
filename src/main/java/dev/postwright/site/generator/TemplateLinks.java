package dev.postwright.site.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a generator's template language writes into a post: Jekyll's {@code {% post_url 2020-01-01-x %}} and
 * {@code {% link _posts/x.md %}}, Hugo's {@code {{< ref "x.md" >}}} and {@code relref} (either shortcode
 * delimiter). Both generators stop the build when the target does not exist. Also Hugo's {@code figure}
 * shortcode's {@code src}, which it writes into an {@code <img>} as it is (a missing one is a broken image).
 */
public final class TemplateLinks {

    /** What a tag names: a post by file name (post_url), a file of the site (link) or a content page (ref). */
    public enum Kind {
        POST_URL,
        SITE_FILE,
        CONTENT_REF,
        /** An image path a shortcode writes into the page ({@code {{< figure src="..." >}}}). */
        IMAGE_SRC
    }

    /** One tag: its kind, its argument (quotes removed), and its offset in the text. */
    public record Tag(Kind kind, String target, int offset) {}

    private static final Pattern LIQUID =
            Pattern.compile("\\{%-?\\s*(post_url|link)\\s+[\"']?([^\"'%\\s]+)[\"']?\\s*-?%}");
    private static final Pattern HUGO = Pattern.compile(
            "\\{\\{([<%])\\s*(?:rel)?ref\\s+(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|([^\\s>%]+))\\s*[>%]}}");

    private static final Pattern HUGO_FIGURE = Pattern.compile(
            "\\{\\{([<%])\\s*figure\\s[^}]{0,500}?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|([^\\s>%]+))");

    private TemplateLinks() {}

    /** The Liquid link tags of {@code text} outside {@code skipped} ranges (raw, comment blocks). */
    public static List<Tag> liquid(String text, List<int[]> skipped) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = LIQUID.matcher(text);
        while (m.find()) {
            if (!LiquidText.inside(skipped, m.start())) {
                tags.add(
                        new Tag(m.group(1).equals("post_url") ? Kind.POST_URL : Kind.SITE_FILE, m.group(2), m.start()));
            }
        }
        return tags;
    }

    /** Hugo's {@code ref} and {@code relref} shortcodes of {@code text}, and its {@code figure} sources. */
    public static List<Tag> hugo(String text) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = HUGO.matcher(text);
        while (m.find()) {
            String target = m.group(2) != null
                    ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            tags.add(new Tag(Kind.CONTENT_REF, target, m.start()));
        }
        Matcher f = HUGO_FIGURE.matcher(text);
        while (f.find()) {
            String src = f.group(2) != null
                    ? f.group(2)
                    : f.group(3) != null ? f.group(3) : f.group(4) != null ? f.group(4) : f.group(5);
            tags.add(new Tag(Kind.IMAGE_SRC, src, f.start()));
        }
        tags.sort(Comparator.comparingInt(Tag::offset));
        return tags;
    }
}
