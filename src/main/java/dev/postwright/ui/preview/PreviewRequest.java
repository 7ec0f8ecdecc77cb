package dev.postwright.ui.preview;

import dev.postwright.render.ParsedMarkdown;
import dev.postwright.render.PostHeader;
import dev.postwright.render.RenderOptions;
import java.util.Objects;

/**
 * One snapshot of a post to preview. {@code header} may be null (no header shown); {@code bodyStartLine}
 * (1-based) and {@code bodyStartOffset} place the body in the whole file so {@code data-line} matches the editor.
 *
 * @param parsed the body already parsed exactly so (the post's analysis parsed it with the same lines, offset and
 *     heading-id rule), or null to parse it here: a post is then parsed once per keystroke, not twice
 */
public record PreviewRequest(
        PostHeader header,
        String body,
        int bodyStartLine,
        int bodyStartOffset,
        RenderOptions options,
        boolean customHeadingIds,
        ParsedMarkdown parsed) {
    public PreviewRequest {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(options, "options");
    }

    public PreviewRequest(
            PostHeader header,
            String body,
            int bodyStartLine,
            int bodyStartOffset,
            RenderOptions options,
            boolean customHeadingIds) {
        this(header, body, bodyStartLine, bodyStartOffset, options, customHeadingIds, null);
    }

    /** Heading ids from the GitHub slugger only, as Astro makes them. */
    public PreviewRequest(
            PostHeader header, String body, int bodyStartLine, int bodyStartOffset, RenderOptions options) {
        this(header, body, bodyStartLine, bodyStartOffset, options, false);
    }
}
