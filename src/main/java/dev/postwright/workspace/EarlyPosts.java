package dev.postwright.workspace;

import dev.postwright.site.PostSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Posts of a site being opened, from its front matter alone, handed over in batches before the site is fully read
 * (see {@link SiteScan}). The reading may start before anyone listens (the launcher reads the site while the window
 * starts): what arrived by then is handed over first, in one batch. Thread-safe.
 */
public final class EarlyPosts {

    private final List<PostSummary> arrived = new ArrayList<>();
    private Consumer<List<PostSummary>> listener;

    /** Nobody listens: for callers that only want the finished session. */
    public static EarlyPosts ignored() {
        return new EarlyPosts();
    }

    synchronized void add(List<PostSummary> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (listener != null) {
            listener.accept(batch);
        } else {
            arrived.addAll(batch);
        }
    }

    /** Calls {@code listener} with what arrived so far, then with each later batch (on the reading threads). */
    public synchronized void listen(Consumer<List<PostSummary>> listener) {
        if (!arrived.isEmpty()) {
            listener.accept(List.copyOf(arrived));
            arrived.clear();
        }
        this.listener = listener;
    }
}
