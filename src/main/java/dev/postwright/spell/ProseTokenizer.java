package dev.postwright.spell;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the prose of a markdown body the way the renderer reads it: only text nodes count, so code spans and
 * blocks, link targets, autolinks, raw HTML and reference definitions are never checked. Before parsing, the
 * template and math syntax a site generator handles (Hugo shortcodes, Liquid tags and blocks, {@code $…$} and
 * {@code $$…$$}) is blanked out, keeping every offset. Thread-safe: the parser is immutable.
 */
public final class ProseTokenizer {

    /** One block of prose (a paragraph, heading, table cell …) and its words, offsets relative to {@code start}. */
    public record Chunk(int start, String source, List<Word> words) {}

    private static final char BLANK = '\u00A0'; // not markdown syntax, not indentation, not a letter

    private static final List<Pattern> TEMPLATE = List.of(
            // Liquid blocks whose inside is not prose at all
            Pattern.compile("\\{%-?\\s*(raw|comment|highlight)\\b.*?%}.*?\\{%-?\\s*end\\1\\s*-?%}", Pattern.DOTALL),
            Pattern.compile("\\{\\{[<%].*?[%>]}}", Pattern.DOTALL), // Hugo shortcodes {{< >}} {{% %}}
            Pattern.compile("\\{%.*?%}", Pattern.DOTALL), // Liquid tags
            Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL), // Liquid and Hugo output {{ }}
            Pattern.compile("\\$\\$.+?\\$\\$", Pattern.DOTALL), // display math
            // inline math: no space inside either dollar, no digit after the closing one ("$5 and $10" is money)
            Pattern.compile("(?<![\\\\$\\w])\\$(?=\\S)[^$\\n]+?(?<=\\S)\\$(?![\\w$])"),
            Pattern.compile("(?i)\\b(?:https?|ftp|file|mailto):[^\\s<>()\\[\\]]+"), // URLs autolink leaves alone
            Pattern.compile("(?i)\\bwww\\.[^\\s<>()\\[\\]]+"));

    private static final Set<Class<? extends Node>> NOT_PROSE = Set.of(
            Code.class,
            AutoLink.class,
            MailLink.class,
            FencedCodeBlock.class,
            IndentedCodeBlock.class,
            CodeBlock.class,
            HtmlBlock.class,
            HtmlCommentBlock.class,
            HtmlInline.class,
            HtmlInlineComment.class,
            Reference.class);

    private final Parser parser;

    public ProseTokenizer() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        TaskListExtension.create(),
                        AutolinkExtension.create(),
                        FootnoteExtension.create()));
        parser = Parser.builder(options).build();
    }

    /** The prose of a markdown body, in chunks; {@code offset} is added to every chunk start. */
    public List<Chunk> markdown(String body, int offset) {
        String masked = mask(body);
        Document doc = parser.parse(masked);
        Map<Node, List<int[]>> byBlock = new LinkedHashMap<>();
        collect(doc, byBlock);
        List<Chunk> chunks = new ArrayList<>();
        for (Map.Entry<Node, List<int[]>> e : byBlock.entrySet()) {
            Node block = e.getKey();
            int start = block.getStartOffset();
            List<Word> words = new ArrayList<>();
            for (int[] r : e.getValue()) {
                for (Word w : WordScanner.scan(masked, r[0], r[1])) {
                    words.add(w.shift(-start));
                }
            }
            if (!words.isEmpty()) {
                chunks.add(new Chunk(start + offset, body.substring(start, block.getEndOffset()), words));
            }
        }
        return chunks;
    }

    /** Plain text (a title, a description): one chunk. */
    public static Chunk plain(String text, int offset) {
        return new Chunk(offset, text, WordScanner.scan(text, 0, text.length()));
    }

    private static void collect(Node node, Map<Node, List<int[]>> byBlock) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (NOT_PROSE.contains(child.getClass())) {
                continue;
            }
            if (child instanceof Text) {
                Node block = child.getParent();
                while (block != null && !(block instanceof Block)) {
                    block = block.getParent();
                }
                byBlock.computeIfAbsent(block == null ? child : block, b -> new ArrayList<>())
                        .add(new int[] {child.getStartOffset(), child.getEndOffset()});
            } else {
                collect(child, byBlock);
            }
        }
    }

    /** Blanks template tags, math and bare URLs with a non-syntax character, keeping line breaks and offsets. */
    static String mask(String body) {
        if (body.indexOf('{') < 0 && body.indexOf('$') < 0 && body.indexOf(':') < 0 && body.indexOf("www.") < 0) {
            return body;
        }
        char[] out = body.toCharArray();
        for (Pattern p : TEMPLATE) {
            Matcher m = p.matcher(new String(out));
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (out[i] != '\n' && out[i] != '\r') {
                        out[i] = BLANK;
                    }
                }
            }
        }
        return new String(out);
    }
}
