package dev.postwright.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks a flexmark document once and collects headings, links, images, raw HTML tags and bad references. */
final class AstCollector {
    private final Document document;
    private final SourceMap map;
    private final Slugger slugger = new Slugger();
    final Map<Node, String> headingIds = new IdentityHashMap<>();
    private final Map<Node, Heading> headingOf = new IdentityHashMap<>();
    final List<Heading> headings = new ArrayList<>();
    final List<LinkRef> links = new ArrayList<>();
    final List<ImageRef> images = new ArrayList<>();
    final List<HtmlTag> htmlTags = new ArrayList<>();
    final List<UndefinedReference> undefined = new ArrayList<>();

    private final boolean customIds;

    AstCollector(Document document, SourceMap map) {
        this(document, map, false);
    }

    /** {@code customIds}: honour {@code ## Title {#id}} (Hugo, Jekyll); AstroPaper's remark keeps it as text. */
    AstCollector(Document document, SourceMap map, boolean customIds) {
        this.document = document;
        this.map = map;
        this.customIds = customIds;
    }

    ParsedMarkdown collect() {
        for (Node n : document.getDescendants()) {
            visit(n);
        }
        return new ParsedMarkdown(document, headings, links, images, htmlTags, undefined, emptySections());
    }

    private void visit(Node n) {
        if (n instanceof com.vladsch.flexmark.ast.Heading h) {
            Optional<String> custom = customIds ? HeadingAttributes.takeId(h) : Optional.empty();
            String text = text(h);
            String id = custom.orElseGet(() -> slugger.slug(text));
            headingIds.put(h, id);
            Heading heading = new Heading(h.getLevel(), text, id, line(n), column(n), offset(n));
            headingOf.put(h, heading);
            headings.add(heading);
        } else if (n instanceof Link l) {
            String url = l.getUrl().toString();
            if (l.getUrlOpeningMarker().isBlank() && !parenthesesBalance(url)) {
                innerLink(l, url);
            } else {
                links.add(link(LinkRef.Kind.INLINE, url, text(l), null, true, n));
            }
        } else if (n instanceof MailLink m) {
            links.add(link(
                    LinkRef.Kind.AUTOLINK, "mailto:" + m.getText(), m.getText().toString(), null, true, n));
        } else if (n instanceof AutoLink a) {
            String url = a.getUrl().toString();
            // GFM's extended autolink: www.x.org is linked as http://www.x.org (remark-gfm, goldmark's linkify)
            String href = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
            links.add(link(LinkRef.Kind.AUTOLINK, href, a.getText().toString(), null, true, n));
        } else if (n instanceof Image i) {
            images.add(new ImageRef(
                    ImageRef.Kind.MARKDOWN, i.getUrl().toString(), text(i), line(n), column(n), offset(n)));
        } else if (n instanceof com.vladsch.flexmark.ast.LinkRef r) {
            reference(r, false);
        } else if (n instanceof com.vladsch.flexmark.ast.ImageRef r) {
            reference(r, true);
        } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
            html(n);
        }
    }

    private void reference(RefNode r, boolean image) {
        Node n = (Node) r;
        String label = r.getReference().toString();
        String text = text(n);
        if (r.isDefined()) {
            Reference def = r.getReferenceNode(document);
            String url = def == null ? "" : def.getUrl().toString();
            if (image) {
                images.add(new ImageRef(ImageRef.Kind.MARKDOWN, url, text, line(n), column(n), offset(n)));
            } else {
                links.add(link(LinkRef.Kind.REFERENCE, url, text, label, true, n));
            }
            return;
        }
        // An undefined shortcut "[word]" is just bracketed prose; only full and collapsed forms are references.
        boolean shortcut = r.getText().isEmpty() && !r.isDummyReference();
        if (shortcut) {
            return;
        }
        undefined.add(new UndefinedReference(text, label, line(n), column(n), offset(n)));
        if (!image) {
            links.add(link(LinkRef.Kind.REFERENCE, "", text, label, false, n));
        }
    }

    private void html(Node n) {
        BasedSequence chars = n.getChars();
        String raw = chars.toString();
        for (HtmlScanner.Tag tag : HtmlScanner.scan(raw)) {
            int bodyOffset = chars.getIndexOffset(tag.start());
            int line = map.line(bodyOffset);
            int col = map.column(bodyOffset);
            int off = map.fileOffset(bodyOffset);
            htmlTags.add(new HtmlTag(tag.name(), tag.attributes(), line, col, off));
            String href = tag.attributes().get("href");
            if (tag.name().equals("a") && href != null) {
                String text = n instanceof HtmlInline ? inlineAnchorText(n) : HtmlScanner.anchorText(raw, tag.end());
                links.add(new LinkRef(
                        LinkRef.Kind.HTML_A,
                        href,
                        UrlText.percentDecode(href),
                        text == null ? "" : text,
                        null,
                        true,
                        line,
                        col,
                        off));
            } else if (tag.name().equals("img") && tag.attributes().containsKey("src")) {
                images.add(new ImageRef(
                        ImageRef.Kind.HTML_IMG,
                        tag.attributes().get("src"),
                        tag.attributes().getOrDefault("alt", ""),
                        line,
                        col,
                        off));
            }
        }
    }

    /**
     * Inline HTML gives each tag its own node; the anchor text is in the siblings up to {@code </a>}. The walk also
     * ends at the next {@code <a} (anchors do not nest) and once the text is long enough for a message: a
     * paragraph of thousands of unclosed anchors made it quadratic (issue #18).
     */
    private static String inlineAnchorText(Node open) {
        StringBuilder sb = new StringBuilder();
        for (Node s = open.getNext(); s != null && sb.length() < ANCHOR_TEXT_MAX; s = s.getNext()) {
            if (s instanceof HtmlInline) {
                String tag = s.getChars().toString().toLowerCase();
                if (tag.startsWith("</a") || tag.startsWith("<a ") || tag.startsWith("<a>")) {
                    break;
                }
                continue;
            }
            sb.append(text(s));
        }
        return sb.toString().strip();
    }

    private static final int ANCHOR_TEXT_MAX = 500;

    /**
     * A heading is empty when no content follows it before the next heading of the same or higher
     * level; a heading directly followed by a deeper one is not (AstroPaper-style parent sections).
     * The ToC heading is never empty: the table of contents is rendered into it.
     */
    private List<Heading> emptySections() {
        List<Heading> topLevel = new ArrayList<>();
        List<Boolean> hasContent = new ArrayList<>();
        for (Node n : document.getChildren()) {
            Heading h = headingOf.get(n);
            if (h != null) {
                topLevel.add(h);
                hasContent.add(false);
            } else if (!topLevel.isEmpty() && isContent(n)) {
                hasContent.set(topLevel.size() - 1, true);
            }
        }
        List<Heading> empty = new ArrayList<>();
        for (int i = 0; i < topLevel.size(); i++) {
            Heading h = topLevel.get(i);
            boolean deeperFollows =
                    i + 1 < topLevel.size() && topLevel.get(i + 1).level() > h.level();
            if (!hasContent.get(i) && !deeperFollows && !ParsedMarkdown.isTocHeading(h)) {
                empty.add(h);
            }
        }
        return empty;
    }

    private static boolean isContent(Node n) {
        return !(n instanceof BlankLine
                || n instanceof Reference
                || n instanceof FootnoteBlock
                || n instanceof HtmlCommentBlock);
    }

    /**
     * CommonMark (remark, goldmark) takes a destination with unbalanced parentheses for no link at all, so
     * {@code [text]([https://x.org/a](https://x.org/a "t"))} is the literal {@code [text](} and then the link to
     * {@code https://x.org/a}; flexmark reads the outer link. Keep only the inner one, as the generator does.
     */
    private void innerLink(Link l, String url) {
        int close = url.indexOf("](");
        if (!url.startsWith("[") || close < 0) {
            return; // no link in the generator's output
        }
        String dest = url.substring(close + 2).strip();
        int at = l.getUrl().getStartOffset();
        links.add(new LinkRef(
                LinkRef.Kind.INLINE,
                dest,
                UrlText.percentDecode(dest),
                url.substring(1, close),
                null,
                true,
                map.line(at),
                map.column(at),
                map.fileOffset(at)));
    }

    /** Whether the unescaped parentheses of a bare destination pair up, as CommonMark requires. */
    private static boolean parenthesesBalance(String url) {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private LinkRef link(LinkRef.Kind kind, String url, String text, String label, boolean defined, Node n) {
        return new LinkRef(kind, url, UrlText.percentDecode(url), text, label, defined, line(n), column(n), offset(n));
    }

    private static String text(Node n) {
        return new TextCollectingVisitor().collectAndGetText(n);
    }

    private int line(Node n) {
        return map.line(n.getStartOffset());
    }

    private int column(Node n) {
        return map.column(n.getStartOffset());
    }

    private int offset(Node n) {
        return map.fileOffset(n.getStartOffset());
    }
}
