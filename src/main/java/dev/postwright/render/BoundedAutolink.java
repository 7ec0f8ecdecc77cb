package dev.postwright.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
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

    private static final NodeTracker UNTRACKED = new NodeTracker() {
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
            if (text.getParent() != null && !hasRunawayRun(text.getChars())) {
                links.process(UNTRACKED, text);
            }
        }
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
