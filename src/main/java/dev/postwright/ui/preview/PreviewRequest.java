package dev.postwright.ui.preview;

import dev.postwright.render.PostHeader;
import dev.postwright.render.RenderOptions;
import java.util.Objects;

/**
 * One snapshot of a post to preview. {@code header} may be null (no header shown); {@code bodyStartLine}
 * (1-based) and {@code bodyStartOffset} place the body in the whole file so {@code data-line} matches the editor.
 */
public record PreviewRequest(
        PostHeader header,
        String body,
        int bodyStartLine,
        int bodyStartOffset,
        RenderOptions options,
        boolean customHeadingIds) {
    public PreviewRequest {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(options, "options");
    }

    /** Heading ids from the GitHub slugger only, as Astro makes them. */
    public PreviewRequest(
            PostHeader header, String body, int bodyStartLine, int bodyStartOffset, RenderOptions options) {
        this(header, body, bodyStartLine, bodyStartOffset, options, false);
    }
}
