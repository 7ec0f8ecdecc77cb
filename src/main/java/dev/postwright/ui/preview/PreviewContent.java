package dev.postwright.ui.preview;

import java.util.Objects;

/**
 * What the preview shows: inner HTML of {@code #pw-header} and of {@code #pw-content}, both already sanitised;
 * {@code remoteAllowed} when it was rendered with remote content on, so the page's CSP may let remote images in.
 */
public record PreviewContent(String headerHtml, String bodyHtml, boolean remoteAllowed) {
    /** Nothing to show yet. */
    public static final PreviewContent EMPTY = new PreviewContent("", "");

    public PreviewContent {
        Objects.requireNonNull(headerHtml, "headerHtml");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
    }

    /** Content rendered with remote content off. */
    public PreviewContent(String headerHtml, String bodyHtml) {
        this(headerHtml, bodyHtml, false);
    }
}
