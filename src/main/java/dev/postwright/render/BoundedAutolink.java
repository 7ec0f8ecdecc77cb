package dev.postwright.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become links), minus
 * its quadratic case: it looks for a scheme with {@code \b([a-z][a-z0-9+.-]*://)}, which from every word start
 * inside a long run like {@code a.a.a.a…} scans to the run's end, so 80 KB of it took 14 s. Text holding such a
 * run (longer than any real link: {@link #LONGEST_RUN}) is left as text; everything else is linked as before.
 */
final class BoundedAutolink implements Parser.ParserExtension {

    static final int LONGEST_RUN = 256;

    static BoundedAutolink create() {
        return new BoundedAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
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

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (!hasRunawayRun(node.getChars())) {
                        links.process(state, node);
                    }
                }
            };
        }
    }
}
