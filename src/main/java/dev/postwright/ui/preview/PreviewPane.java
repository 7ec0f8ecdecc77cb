package dev.postwright.ui.preview;

import dev.postwright.render.PageTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/**
 * The live preview: a WebView that loads the page shell once and then swaps header and content in place,
 * so scrolling holds and nothing flickers. Links never navigate; scroll syncs with the editor by source line.
 */
public final class PreviewPane extends StackPane {
    private static final String SCRIPT = loadScript();

    private final WebView web = new WebView();
    private final WebEngine engine = web.getEngine();
    private final PageTemplate template;
    // Strong reference on purpose: the page's window.pwBridge alone would let it be collected.
    private final PreviewBridge bridge = new PreviewBridge(this::openLink, this::scrolled);

    private final ObjectProperty<PreviewContent> content =
            new SimpleObjectProperty<>(this, "content", PreviewContent.EMPTY);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ReadOnlyIntegerWrapper topLine = new ReadOnlyIntegerWrapper(this, "topLine", 1);

    private Consumer<String> onExternalLink = href -> {};
    private Consumer<String> onInternalLink = href -> {};

    private boolean ready; // shell loaded and script installed
    private boolean loadingShell; // our own loadContent is in flight
    private String shellLocation;
    private boolean shellAllowsRemote; // the loaded shell's CSP lets http(s) images, media and frames in
    private int pendingLine = -1; // scrollToLine asked before the shell was ready
    private boolean reportingScroll; // guards against a synchronous echo from topLine listeners

    public PreviewPane(PageTemplate template) {
        this.template = Objects.requireNonNull(template, "template");
        getChildren().add(web);
        // Page scripts are blocked by the shell's CSP; JavaScript stays on only so our executeScript
        // listeners fire (with it off they never do, see SPEC §4).
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> onLoadState(state));
        engine.locationProperty().addListener((obs, old, loc) -> guardLocation(loc));
        content.addListener((obs, old, c) -> applyContent());
        dark.addListener((obs, old, d) -> {
            if (ready) {
                window().call("pwSetDark", d);
            }
        });
        loadShell();
    }

    private void loadShell() {
        ready = false;
        loadingShell = true;
        // Defence in depth: the sanitiser keeps remote URLs out of content rendered with remote content off, and
        // the shell's CSP then blocks them too; the shell is reloaded when the writer toggles remote content.
        shellAllowsRemote = current().remoteAllowed();
        engine.loadContent(template.page(null, "", dark.get(), shellAllowsRemote));
    }

    private void onLoadState(Worker.State state) {
        switch (state) {
            case SCHEDULED, RUNNING -> {
                if (!loadingShell) {
                    ready = false; // something other than our shell is loading: stop touching the page
                }
            }
            case SUCCEEDED -> {
                if (loadingShell) {
                    installShell();
                } else {
                    Platform.runLater(this::restoreShell); // a navigation or reload got through: undo it
                }
            }
            default -> {} // FAILED/CANCELLED: a navigation we cancel by loading the shell again ends here
        }
    }

    private void installShell() {
        loadingShell = false;
        shellLocation = engine.getLocation();
        engine.executeScript(SCRIPT);
        window().setMember("pwBridge", bridge);
        ready = true;
        window().call("pwSetDark", dark.get()); // the theme may have changed while the shell loaded
        applyContent();
        if (pendingLine >= 0) {
            scrollToLine(pendingLine);
        }
    }

    /** Anything that moves the engine off the shell (a form, a script, the context menu) gets the shell back. */
    private void guardLocation(String location) {
        if (loadingShell || shellLocation == null || Objects.equals(location, shellLocation)) {
            return;
        }
        ready = false;
        Platform.runLater(this::restoreShell); // not from inside the location change itself
    }

    private void restoreShell() {
        if (!loadingShell) {
            loadShell(); // the content property still holds what to show; it is applied on SUCCEEDED
        }
    }

    private void applyContent() {
        if (!ready) {
            return; // applied on SUCCEEDED
        }
        PreviewContent c = current();
        if (c.remoteAllowed() != shellAllowsRemote) {
            loadShell(); // the other CSP; this content is applied once it has loaded
            return;
        }
        window().call("pwSet", c.headerHtml(), c.bodyHtml()); // passed as JS strings: no escaping needed
    }

    private PreviewContent current() {
        return content.get() == null ? PreviewContent.EMPTY : content.get();
    }

    private JSObject window() {
        return (JSObject) engine.executeScript("window");
    }

    private void openLink(String href) {
        switch (LinkTarget.of(href)) {
            case EXTERNAL -> onExternalLink.accept(href.strip());
            case INTERNAL -> onInternalLink.accept(href.strip());
            case ANCHOR -> scrollToAnchor(href.strip().substring(1));
            case IGNORED -> {}
        }
    }

    private void scrollToAnchor(String fragment) {
        String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        window().call("pwScrollToId", id);
    }

    private void scrolled(double line) {
        reportingScroll = true;
        try {
            topLine.set((int) Math.floor(line + 1e-6));
        } finally {
            reportingScroll = false;
        }
    }

    /**
     * Scrolls so the block with the greatest {@code data-line <= line} is at the top, interpolating towards the
     * next block. Does not echo back through {@link #topLineProperty()}.
     */
    public void scrollToLine(int line) {
        if (reportingScroll) {
            return; // the editor following our own scroll report; scrolling again would only add jitter
        }
        if (!ready) {
            pendingLine = line;
            return;
        }
        pendingLine = -1;
        window().call("pwScrollToLine", line);
    }

    /** Source line (1-based, whole file) at the top of the preview, updated when the user scrolls it. */
    public ReadOnlyIntegerProperty topLineProperty() {
        return topLine.getReadOnlyProperty();
    }

    /** What is shown; bind it to {@link PreviewViewModel#contentProperty()}. */
    public ObjectProperty<PreviewContent> contentProperty() {
        return content;
    }

    public void setContent(PreviewContent c) {
        content.set(c);
    }

    /** Dark style, toggled in place without reloading. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    /** Called with http(s) and mailto links; the app opens them in the system browser. */
    public void setOnExternalLink(Consumer<String> handler) {
        onExternalLink = handler == null ? href -> {} : handler;
    }

    /** Called with site paths and relative links ({@code /posts/x/}, {@code ../y.md}); the app opens the post. */
    public void setOnInternalLink(Consumer<String> handler) {
        onInternalLink = handler == null ? href -> {} : handler;
    }

    /** True once the shell is loaded and content can be swapped in. */
    /** Puts keyboard focus in the page (arrow keys and Page Up/Down scroll it). */
    public void focusPage() {
        web.requestFocus();
    }

    public boolean isReady() {
        return ready;
    }

    public WebEngine getEngine() {
        return engine;
    }

    /** Inner HTML of {@code #pw-content} as the page has it now; for tests. FX thread only. */
    public String contentHtml() {
        Object html = engine.executeScript(
                "(function(){var c=document.getElementById('pw-content');" + "return c ? c.innerHTML : '';})()");
        return html instanceof String s ? s : "";
    }

    private static String loadScript() {
        try (InputStream in = PreviewPane.class.getResourceAsStream("preview.js")) {
            if (in == null) {
                throw new IllegalStateException("preview.js missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
