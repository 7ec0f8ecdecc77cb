package dev.postwright.validation;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.site.PostSummary;
import dev.postwright.frontmatter.LineIndex;
import java.nio.file.Path;

/**
 * One post parsed once for everything that looks at it: the frontmatter document, the markdown
 * (headings, links, images, raw HTML), its summary for the site index, and a line index for positions.
 */
public record PostAnalysis(Path path, String text, FrontmatterDocument frontmatter, ParsedMarkdown markdown,
                           PostSummary summary, LineIndex lines) {

    /** Without the markdown AST (kept only where the post is rendered or rewritten). */
    public PostAnalysis lean() {
        return new PostAnalysis(path, text, frontmatter, markdown.withoutDocument(), summary, lines);
    }
}
