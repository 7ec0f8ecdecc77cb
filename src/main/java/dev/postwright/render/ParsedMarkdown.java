package dev.postwright.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed post body with everything the validation rules need; positions are in the whole file.
 * The flexmark {@code document} carries render data; treat it as read-only.
 */
public record ParsedMarkdown(
        Document document,
        List<Heading> headings,
        List<LinkRef> links,
        List<ImageRef> images,
        List<HtmlTag> htmlTags,
        List<UndefinedReference> undefinedReferences,
        List<Heading> emptySectionHeadings) {

    /**
     * Whether a footnote reference has its definition: remark-gfm (Astro) then ends the page with a "Footnotes"
     * heading of its own.
     */
    public boolean hasResolvedFootnotes() {
        for (Node n : document.getDescendants()) {
            if (n instanceof Footnote f && f.getFootnoteBlock() != null) {
                return true;
            }
        }
        return false;
    }

    /** remark-toc's default heading test, which AstroPaper uses unchanged. */
    static final Pattern TOC_HEADING = Pattern.compile("^((table[ -]of[ -])?contents?|toc)$", Pattern.CASE_INSENSITIVE);

    public ParsedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        images = List.copyOf(images);
        htmlTags = List.copyOf(htmlTags);
        undefinedReferences = List.copyOf(undefinedReferences);
        emptySectionHeadings = List.copyOf(emptySectionHeadings);
    }

    /** The first heading named ToC / Table of contents / Contents, which the ToC is rendered under. */
    public Optional<Heading> tocHeading() {
        return headings.stream().filter(ParsedMarkdown::isTocHeading).findFirst();
    }

    static boolean isTocHeading(Heading h) {
        return TOC_HEADING.matcher(h.text().strip()).matches();
    }

    /** This value without the flexmark AST: what validation needs, at a fraction of the memory. */
    public ParsedMarkdown withoutDocument() {
        return new ParsedMarkdown(null, headings, links, images, htmlTags, undefinedReferences, emptySectionHeadings);
    }

    /** Raw HTML tags with the given lowercase name, e.g. "script" or "iframe". */
    public List<HtmlTag> htmlTags(String name) {
        return htmlTags.stream().filter(t -> t.name().equals(name)).toList();
    }
}
