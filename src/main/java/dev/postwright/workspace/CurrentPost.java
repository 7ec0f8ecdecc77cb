package dev.postwright.workspace;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.LineIndex;
import dev.postwright.site.PostSummary;
import dev.postwright.validation.PostAnalysis;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A post as the writer has it now: an open tab's unsaved text where there is one, else the text the session last
 * analysed. What site-wide search, replace and tag changes work on.
 */
record CurrentPost(
        PostSummary summary, String text, FrontmatterDocument frontmatter, LineIndex lines, boolean unsaved) {

    /** The post of {@code summary}; empty when the session holds no text for it (it could not be read). */
    static Optional<CurrentPost> of(SiteSession session, PostSummary summary, Map<Path, String> unsavedTexts) {
        String buffer = unsavedTexts.get(summary.path());
        if (buffer != null) {
            return Optional.of(new CurrentPost(
                    summary,
                    buffer,
                    FrontmatterDocument.parse(buffer, session.site().dialect()),
                    new LineIndex(buffer),
                    true));
        }
        Optional<PostAnalysis> analysis = session.analysis(summary.path());
        return analysis.map(a -> new CurrentPost(summary, a.text(), a.frontmatter(), a.lines(), false));
    }
}
