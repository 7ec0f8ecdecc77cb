package dev.postwright.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Bare {@code https://…}, {@code www.…} and e-mail addresses become links, as flexmark's autolink extension makes
 * them (its own processor does the work), without two costs of running it as a flexmark post-processor:
 * <ul>
 * <li>flexmark then classifies every node of the document for its post-processors (NodeClassifierVisitor), which
 *     took twice as long as the whole parse on a 4 MB post; here the text nodes are just collected;</li>
 * <li>its scheme search {@code \b([a-z][a-z0-9+.-]*://)} scans from every word start inside a long run like
 *     {@code a.a.a.a…} to the run's end (80 KB of it took 14 s); text holding such a run, longer than any real
 *     link ({@link #LONGEST_RUN}), is left as text.</li>
 * </ul>
 */
final class BoundedAutolink {

    static final int LONGEST_RUN = 256;

    /** Reports nothing: links are made in place, outside a document's node tracking (the tests run it so too). */
    static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {}

        @Override
        public void nodeAddedWithChildren(Node node) {}

        @Override
        public void nodeAddedWithDescendants(Node node) {}

        @Override
        public void nodeRemoved(Node node) {}

        @Override
        public void nodeRemovedWithChildren(Node node) {}

        @Override
        public void nodeRemovedWithDescendants(Node node) {}
    };

    private BoundedAutolink() {}

    /** Links the bare URLs and addresses in {@code document}'s text, in place. */
    static void apply(Document document) {
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text) {
                texts.add(text); // collected first: linking splits text nodes while we walk
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
        for (Text text : texts) {
            // flexmark's processor may merge a following text node into the one it links; skip those it took
            if (text.getParent() != null && mayHoldLink(text.getChars()) && !hasRunawayRun(text.getChars())) {
                links.process(UNTRACKED, text);
            }
        }
    }

    /**
     * False when flexmark's processor cannot find a link in {@code text}, so it need not run: most text nodes are
     * prose, and its regex scan of each was a quarter of {@code check}'s parse time (async-profiler, 1,000 posts).
     * Its links all need a {@code ://} or a {@code :} (URLs), an {@code @} (e-mail) or {@code www.}; it searches
     * the text unescaped, where a backslash escape or an entity ({@code &#64;}) can make any of those, so text
     * with {@code \} or {@code &} is left to it too.
     */
    static boolean mayHoldLink(BasedSequence chars) {
        // scanned in the body's own String: a flexmark sequence's charAt is a chain of calls per char. The range from
        // the node's first to its last char covers all of its chars (more only if they were pieced together), so
        // the answer can only err towards asking flexmark.
        if (chars.getBase() instanceof String body
                && chars.getStartOffset() <= chars.getEndOffset()
                && chars.getEndOffset() <= body.length()) {
            return mayHoldLink(body, chars.getStartOffset(), chars.getEndOffset());
        }
        return mayHoldLink(chars, 0, chars.length());
    }

    static boolean mayHoldLink(CharSequence text) {
        return mayHoldLink(text, 0, text.length());
    }

    private static boolean mayHoldLink(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\') {
                return true;
            }
            if (c == '.'
                    && i >= from + 3
                    && isW(text.charAt(i - 1))
                    && isW(text.charAt(i - 2))
                    && isW(text.charAt(i - 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /** True when {@code text} has a run of scheme characters that includes a word break and is too long. */
    static boolean hasRunawayRun(CharSequence text) {
        int run = 0;
        boolean breaks = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean scheme = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean joiner = c == '+' || c == '.' || c == '-';
            if (scheme || joiner) {
                run++;
                breaks |= joiner;
                if (run > LONGEST_RUN && breaks) {
                    return true;
                }
            } else {
                run = 0;
                breaks = false;
            }
        }
        return false;
    }
}
