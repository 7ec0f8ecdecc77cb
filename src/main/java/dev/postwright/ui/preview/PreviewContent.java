package dev.postwright.ui.preview;

import java.util.Objects;

/** What the preview shows: inner HTML of {@code #pw-header} and of {@code #pw-content}, both already sanitised. */
public record PreviewContent(String headerHtml, String bodyHtml) {
    /** Nothing to show yet. */
    public static final PreviewContent EMPTY = new PreviewContent("", "");

    public PreviewContent {
        Objects.requireNonNull(headerHtml, "headerHtml");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
    }
}
