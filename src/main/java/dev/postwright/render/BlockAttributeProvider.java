package dev.postwright.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Map;

/**
 * Adds {@code data-line} (whole-file line, for scroll sync) to block elements and the slugger ids to
 * headings. Its data rides on the document so the one shared renderer stays thread-safe.
 */
final class BlockAttributeProvider implements AttributeProvider {
    static final NullableDataKey<SourceMap> SOURCE_MAP = new NullableDataKey<>("PW_SOURCE_MAP");
    static final NullableDataKey<Map<Node, String>> HEADING_IDS = new NullableDataKey<>("PW_HEADING_IDS");

    private final SourceMap map;
    private final Map<Node, String> ids;

    BlockAttributeProvider(SourceMap map, Map<Node, String> ids) {
        this.map = map;
        this.ids = ids;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!isBlockPart(part)) {
            return;
        }
        if (node instanceof com.vladsch.flexmark.ast.Heading && ids != null) {
            String id = ids.get(node);
            if (id != null) {
                attributes.replaceValue("id", id);
            }
        }
        if (map != null && isLineBlock(node)) {
            attributes.replaceValue("data-line", Integer.toString(map.line(node.getStartOffset())));
        }
    }

    private static boolean isBlockPart(AttributablePart part) {
        // Code blocks are also called for their inner <code> part; the line belongs on <pre> only.
        return part == AttributablePart.NODE || part.getName().endsWith("_LIST_ITEM");
    }

    private static boolean isLineBlock(Node n) {
        return n instanceof Paragraph
                || n instanceof com.vladsch.flexmark.ast.Heading
                || n instanceof ListItem
                || n instanceof FencedCodeBlock
                || n instanceof IndentedCodeBlock
                || n instanceof TableBlock
                || n instanceof BlockQuote
                || n instanceof ThematicBreak;
    }
}
