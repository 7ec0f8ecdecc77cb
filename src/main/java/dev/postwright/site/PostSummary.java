package dev.postwright.site;

import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rest of the site needs to know about one post: enough to check slugs, tags and links
 * against it, not the whole document.
 *
 * @param relPath path relative to the site root, {@code /}-separated
 * @param headingIds the ids its headings get (GitHub slugger), for {@code #anchor} checks
 */
public record PostSummary(
        Path path,
        String relPath,
        String url,
        String slug,
        String title,
        Optional<Temporal> pubDate,
        Optional<Temporal> modDate,
        boolean draft,
        boolean featured,
        List<String> tags,
        Set<String> headingIds) {

    public PostSummary {
        tags = List.copyOf(tags);
        headingIds = Set.copyOf(headingIds);
    }
}
