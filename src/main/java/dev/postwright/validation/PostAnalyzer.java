package dev.postwright.validation;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.LineIndex;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        ParsedMarkdown md;
        Optional<String> failure = Optional.empty();
        try {
            if (text.length() > MAX_CHECKED_CHARS) {
                throw new TooLarge(text.length() > PostFile.MAX_EDITABLE_SIZE);
            }
            md = engine.parse(
                    fm.body(),
                    fm.bodyStartLine(),
                    fm.bodyOffset(),
                    site.generator().customHeadingIds());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One guarded path for every caller (check, set, get, render, the window): the post is reported,
            // its neighbours are still checked, and no exception reaches the writer.
            md = engine.parse("", fm.bodyStartLine(), fm.bodyOffset(), false);
            failure = Optional.of(
                    path.getFileName() + ": the text below the frontmatter could not be read: " + Failures.describe(e));
        }
        List<String> generatedIds = md.hasResolvedFootnotes() ? site.generator().footnoteHeadingIds() : List.of();
        PostSummary summary = PostSummaries.of(site, path, fm, md.headings(), generatedIds);
        return new PostAnalysis(path.toAbsolutePath().normalize(), text, fm, md, summary, new LineIndex(text), failure);
    }

    /**
     * Longest text whose body is parsed and checked. flexmark reads about 2 MB a second here, so SPEC §8's 2 s for
     * one post holds up to about this size; a longer post (a book, not a post) gets a warning instead of a check
     * that would hold a command or the window for many seconds. Over 10 MB it also opens read-only (SPEC §7).
     */
    public static final int MAX_CHECKED_CHARS = 2 * 1024 * 1024;

    private static final class TooLarge extends RuntimeException {
        TooLarge(boolean readOnly) {
            super(
                    readOnly
                            ? "it is larger than 10 MB, so its body was not checked (such a file opens read-only). "
                                    + "Split it into smaller posts"
                            : "it is larger than 2 MB, so its body was not checked (that "
                                    + "would take too long on every change). Split it into smaller posts to have it checked",
                    null,
                    false,
                    false);
        }
    }

    /** Reads and analyses a file. */
    public PostAnalysis load(Path path) throws PostReadException {
        return analyze(path, PostFile.read(path).text());
    }
}
