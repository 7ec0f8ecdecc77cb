package dev.postwright.ui.preview;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The Java object the preview page calls as {@code window.pwBridge}. Public with public methods because
 * WebView calls it reflectively; WebView holds it only weakly, so {@link PreviewPane} keeps it in a field.
 */
public final class PreviewBridge {
    private final Consumer<String> onLink;
    private final DoubleConsumer onScroll;

    PreviewBridge(Consumer<String> onLink, DoubleConsumer onScroll) {
        this.onLink = onLink;
        this.onScroll = onScroll;
    }

    /** A link was clicked; its default action is already prevented. */
    public void open(String href) {
        onLink.accept(href);
    }

    /** The page scrolled by the user; {@code line} is the fractional source line at the top. */
    public void scrolled(double line) {
        onScroll.accept(line);
    }
}
