package dev.postwright.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The flexmark pipeline, built once and shared: parse a post body, render it to a safe HTML fragment. */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        TaskListExtension.create(),
                        FootnoteExtension.create()));
        // GitHub-flavoured tables: no column spans, header row required, like remark-gfm.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Two flexmark parts replaced by linear equivalents (issue #18): see their classes for why.
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        parser = Parser.builder(options)
                .customBlockParserFactory(new ScannedThematicBreak())
                .customInlineParserFactory(CopyFreeInlineParser.FACTORY)
                // flexmark adds its reference-definition step only with its own inline parser: add it back.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
        renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        Document doc = context.getDocument();
                        return new BlockAttributeProvider(
                                BlockAttributeProvider.SOURCE_MAP.get(doc),
                                BlockAttributeProvider.HEADING_IDS.get(doc));
                    }
                })
                .build();
    }

    /**
     * Parses a post body. {@code bodyStartLine} is the 1-based file line the body starts on and
     * {@code bodyStartOffset} its char offset in the file, so every reported position is in the whole file.
     */
    public ParsedMarkdown parse(String body, int bodyStartLine, int bodyStartOffset) {
        return parse(body, bodyStartLine, bodyStartOffset, false);
    }

    /**
     * As {@link #parse(String, int, int)}; with {@code customHeadingIds} (Hugo, Jekyll: see
     * {@code Preset#customHeadingIds()}) a heading ending in {@code {#id}} gets that id and loses the block.
     */
    public ParsedMarkdown parse(String body, int bodyStartLine, int bodyStartOffset, boolean customHeadingIds) {
        return DeepStack.call(() -> parseNow(body, bodyStartLine, bodyStartOffset, customHeadingIds));
    }

    private ParsedMarkdown parseNow(String body, int bodyStartLine, int bodyStartOffset, boolean customHeadingIds) {
        Document document = parser.parse(body);
        BoundedAutolink.apply(document);
        SourceMap map = new SourceMap(body, bodyStartLine, bodyStartOffset);
        AstCollector collector = new AstCollector(document, map, customHeadingIds);
        ParsedMarkdown parsed = collector.collect();
        document.set(BlockAttributeProvider.SOURCE_MAP, map);
        document.set(BlockAttributeProvider.HEADING_IDS, collector.headingIds);
        return parsed;
    }

    /** HTML fragment of the body: heading ids, ToC filled in, sanitised and images resolved per {@code options}. */
    public String renderHtml(ParsedMarkdown parsed, RenderOptions options) {
        return DeepStack.call(() -> renderHtmlNow(parsed, options));
    }

    private String renderHtmlNow(ParsedMarkdown parsed, RenderOptions options) {
        String html = renderer.render(parsed.document());
        return new HtmlSanitizer(options).sanitize(TocBuilder.insert(html, parsed));
    }
}
