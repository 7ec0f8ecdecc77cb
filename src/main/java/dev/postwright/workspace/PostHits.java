package dev.postwright.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * The matches in one post, in text order; {@code unsaved} when they were found in an open tab's unsaved text.
 *
 * @param text the text searched (what the offsets refer to)
 */
public record PostHits(Path path, String relPath, String title, boolean unsaved, String text, List<SearchHit> hits) {

    public PostHits {
        hits = List.copyOf(hits);
    }
}
