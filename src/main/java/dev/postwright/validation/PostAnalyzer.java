package dev.postwright.validation;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.validation.text.LineIndex;
import java.nio.file.Path;

/** Parses a post's text once (frontmatter + markdown) into a {@link PostAnalysis}. Thread-safe. */
public final class PostAnalyzer {

    private final Site site;
    private final MarkdownEngine engine;

    public PostAnalyzer(Site site, MarkdownEngine engine) {
        this.site = site;
        this.engine = engine;
    }

    public Site site() {
        return site;
    }

    public MarkdownEngine engine() {
        return engine;
    }

    /** Analyses text as it is now (the editor's buffer, or a file just read). */
    public PostAnalysis analyze(Path path, String text) {
        FrontmatterDocument fm = FrontmatterDocument.parse(text, site.dialect());
        ParsedMarkdown md = engine.parse(fm.body(), fm.bodyStartLine(), fm.bodyOffset(),
                site.generator().customHeadingIds());
        PostSummary summary = PostSummaries.of(site, path, fm, md.headings());
        return new PostAnalysis(path.toAbsolutePath().normalize(), text, fm, md, summary, new LineIndex(text));
    }

    /** Reads and analyses a file. */
    public PostAnalysis load(Path path) throws PostReadException {
        return analyze(path, PostFile.read(path).text());
    }
}
