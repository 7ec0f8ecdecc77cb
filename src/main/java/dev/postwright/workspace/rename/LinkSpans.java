package dev.postwright.workspace.rename;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.postwright.render.LinkRef;
import dev.postwright.validation.PostAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the destinations of a post's links are written, as whole-file offsets.
 *
 * <p>{@link LinkRef} gives the position of a link's {@code [} (or an HTML tag's {@code <}), not of its URL, and
 * nothing for {@code [label]: url} definitions. So inline links and reference definitions come from flexmark's
 * {@link Link} and {@link Reference} nodes, whose {@code getUrl()} is a slice of the body with its own offset;
 * {@code <a href>} values are found with a small attribute regex inside the tag {@link LinkRef} points at.
 * A {@code [text][label]} use is not edited: its definition is. Images and autolinks are left alone.
 */
final class LinkSpans {

    private static final Pattern HREF =
            Pattern.compile("(?i)\\shref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

    /** A destination as written in the file: {@code text.substring(start, end).equals(url)}. */
    record Span(int start, int end, String url) {}

    private LinkSpans() {}

    static List<Span> of(PostAnalysis post) {
        String text = post.text();
        int base = post.frontmatter().bodyOffset();
        List<Span> spans = new ArrayList<>();
        for (Node n : post.markdown().document().getDescendants()) {
            BasedSequence url = null;
            if (n instanceof Link l) {
                url = l.getUrl();
            } else if (n instanceof Reference r) {
                url = r.getUrl();
            }
            if (url != null && !url.isNull() && !url.isEmpty()) {
                add(spans, text, base + url.getStartOffset(), base + url.getEndOffset(), url.toString());
            }
        }
        for (LinkRef link : post.markdown().links()) {
            if (link.kind() == LinkRef.Kind.HTML_A) {
                html(spans, text, link.offset());
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    private static void html(List<Span> spans, String text, int tagStart) {
        int close = text.indexOf('>', tagStart);
        if (tagStart < 0 || tagStart >= text.length() || close < 0) {
            return;
        }
        Matcher m = HREF.matcher(text).region(tagStart, close);
        if (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            add(spans, text, m.start(g), m.end(g), m.group(g));
        }
    }

    /** Keeps a span only when the file really reads the URL there (a guard against offset drift). */
    private static void add(List<Span> spans, String text, int start, int end, String url) {
        if (start >= 0
                && end <= text.length()
                && start <= end
                && text.substring(start, end).equals(url)) {
            spans.add(new Span(start, end, url));
        }
    }
}
