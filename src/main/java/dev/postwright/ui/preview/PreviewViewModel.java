package dev.postwright.ui.preview;

import dev.postwright.ui.Debouncer;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * Live preview state: takes render requests on the FX thread, renders the newest one on an executor after a
 * short quiet period and publishes the result on the FX thread. Stale results never overwrite newer ones.
 */
public final class PreviewViewModel {
    /** Short enough to feel live, long enough to skip renders between keystrokes of a burst. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.millis(60);
    /** While typing never pauses, still render this often instead of waiting for a quiet moment. */
    private static final Duration MAX_WAIT = Duration.millis(300);

    private final Function<PreviewRequest, PreviewContent> renderer;
    private final Executor executor;
    private final Debouncer debounce;
    // Written on the FX thread, read by workers to skip requests that a newer one has superseded.
    private final AtomicLong latestRequested = new AtomicLong();

    // FX thread only.
    private PreviewRequest pending;
    private long pendingSeq;
    private long latestPublished;
    // Set when the tab that owns this preview closes.
    private volatile boolean disposed;

    private final ReadOnlyObjectWrapper<PreviewContent> content =
            new ReadOnlyObjectWrapper<>(this, "content", PreviewContent.EMPTY);
    private final ReadOnlyIntegerWrapper renderCount = new ReadOnlyIntegerWrapper(this, "renderCount");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    public PreviewViewModel(PreviewRenderer renderer, Executor executor) {
        this(renderer, executor, DEFAULT_DEBOUNCE);
    }

    /** {@code executor} should be single-threaded or small: only the newest request matters anyway. */
    public PreviewViewModel(PreviewRenderer renderer, Executor executor, Duration debounceDelay) {
        this(Objects.requireNonNull(renderer, "renderer")::render, executor, debounceDelay);
    }

    /** With any render function, e.g. a slowed-down one in tests. */
    public PreviewViewModel(
            Function<PreviewRequest, PreviewContent> render, Executor executor, Duration debounceDelay) {
        this.renderer = Objects.requireNonNull(render, "render");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.debounce = new Debouncer(debounceDelay, MAX_WAIT, this::dispatch);
    }

    /** Queues a render of {@code request}, replacing any not yet started. FX thread only. */
    public void request(PreviewRequest request) {
        Objects.requireNonNull(request, "request");
        pending = request;
        pendingSeq = latestRequested.incrementAndGet();
        debounce.restart();
    }

    /** Renders the pending request now, skipping the quiet period (e.g. when a post is opened). FX thread only. */
    public void flush() {
        debounce.cancel();
        dispatch();
    }

    /** Stops pending renders; the tab that owned this preview closed. */
    public void dispose() {
        disposed = true;
        debounce.cancel();
        pending = null;
    }

    private void dispatch() {
        PreviewRequest request = pending;
        long seq = pendingSeq;
        pending = null;
        if (request == null) {
            return;
        }
        if (disposed) {
            return;
        }
        executor.execute(() -> {
            if (seq != latestRequested.get()) {
                return; // a newer request arrived while this one waited; it has its own dispatch coming
            }
            try {
                PreviewContent result = renderer.apply(request);
                Platform.runLater(() -> publish(seq, result));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failure.set(e));
            }
        });
    }

    private void publish(long seq, PreviewContent result) {
        if (seq < latestPublished) {
            return; // finished after a newer render already showed
        }
        latestPublished = seq;
        failure.set(null);
        content.set(result);
        renderCount.set(renderCount.get() + 1);
    }

    /** The latest rendered content; changes on the FX thread only. */
    public ReadOnlyObjectProperty<PreviewContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public PreviewContent getContent() {
        return content.get();
    }

    /** How many results were published; lets tests and benchmarks await a render. */
    public ReadOnlyIntegerProperty renderCountProperty() {
        return renderCount.getReadOnlyProperty();
    }

    /** The last render's exception, or null once a render succeeds again; the old content stays shown. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
