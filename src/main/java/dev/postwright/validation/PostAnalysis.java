package dev.postwright.validation;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.LineIndex;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.site.PostSummary;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One post parsed once for everything that looks at it: the frontmatter document, the markdown
 * (headings, links, images, raw HTML), its summary for the site index, and a line index for positions.
 *
 * @param failure why the body could not be analysed (then {@code markdown} is that of an empty body), for the
 *     writer: reported as {@code file.unreadable}
 */
public record PostAnalysis(
        Path path,
        String text,
        FrontmatterDocument frontmatter,
        ParsedMarkdown markdown,
        PostSummary summary,
        LineIndex lines,
        Optional<String> failure) {

    public PostAnalysis(
            Path path,
            String text,
            FrontmatterDocument frontmatter,
            ParsedMarkdown markdown,
            PostSummary summary,
            LineIndex lines) {
        this(path, text, frontmatter, markdown, summary, lines, Optional.empty());
    }

    /** Without the markdown AST (kept only where the post is rendered or rewritten). */
    public PostAnalysis lean() {
        return new PostAnalysis(path, text, frontmatter, markdown.withoutDocument(), summary, lines, failure);
    }
}
