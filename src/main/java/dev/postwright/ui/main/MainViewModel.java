package dev.postwright.ui.main;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.PostSummary;
import dev.postwright.site.SiteConfig;
import dev.postwright.site.watch.FileEvent;
import dev.postwright.site.watch.SiteWatcher;
import dev.postwright.ui.sitetree.PostListViewModel;
import dev.postwright.ui.sitetree.PostRow;
import dev.postwright.workspace.EarlyPosts;
import dev.postwright.workspace.SiteScan;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.post.SaveSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The window's state: the open site session, the sidebar rows and the status line. */
public final class MainViewModel {

    private final Executor background;
    private final Clock clock;
    private final MarkdownEngine engine;
    private final PostListViewModel posts = new PostListViewModel();
    private final ObjectProperty<SiteSession> session = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty siteName = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final SaveSupport saveSupport;
    private SiteWatcher watcher;
    private Consumer<List<FileEvent>> onFilesChanged = events -> {};

    public MainViewModel(Executor background, Clock clock, MarkdownEngine engine) {
        this(background, clock, engine, SaveSupport.none());
    }

    /** With backups and a journal for saves (the app passes its data folder's). */
    public MainViewModel(Executor background, Clock clock, MarkdownEngine engine, SaveSupport saveSupport) {
        this.background = background;
        this.clock = clock;
        this.engine = engine;
        this.saveSupport = saveSupport;
    }

    public SaveSupport saveSupport() {
        return saveSupport;
    }

    /** Called on the UI thread with each batch of file changes the site watcher saw (after the sidebar updated). */
    public void setOnFilesChanged(Consumer<List<FileEvent>> listener) {
        this.onFilesChanged = listener;
    }

    /** Watches the site's content folders; changes made outside Postwright update the sidebar and open tabs. */
    private void watch(SiteSession s) {
        stopWatching();
        try {
            watcher = SiteWatcher.forSite(s.site(), events -> handleOffThread(s, events));
        } catch (IOException | RuntimeException e) {
            status.set(status.get() + " · not watching for outside changes: " + e.getMessage());
        }
    }

    /** Stops the site watcher (a new site opens, or the window closes). */
    public void stopWatching() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing a watch service that already failed: nothing left to release
            }
            watcher = null;
        }
    }

    /** On the watcher's thread: re-read changed posts into the session, then update the UI. */
    private void handleOffThread(SiteSession s, List<FileEvent> events) {
        List<Path> changed = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        for (FileEvent e : events) {
            Path p = e.path().toAbsolutePath().normalize();
            if (!s.site().isPost(p) || s != session.get()) {
                continue;
            }
            if (e.kind() == FileEvent.Kind.DELETED || !Files.isRegularFile(p)) {
                removed.add(p);
            } else if (!openPaths.contains(p)) {
                try {
                    s.update(p, PostFile.read(p).text());
                    changed.add(p);
                } catch (PostReadException ex) {
                    removed.add(p);
                }
            }
        }
        removed.stream().filter(p -> !openPaths.contains(p)).forEach(s::remove);
        Platform.runLater(() -> {
            if (s != session.get()) {
                return;
            }
            changed.forEach(this::refreshRow);
            removed.stream().filter(p -> !openPaths.contains(p)).forEach(posts::remove);
            onFilesChanged.accept(events);
        });
    }

    private final Set<Path> openPaths = ConcurrentHashMap.newKeySet();

    /** Posts open in tabs: the watcher leaves their analysis to the tab, which knows about unsaved edits. */
    public void setOpen(Path path, boolean open) {
        Path key = path.toAbsolutePath().normalize();
        if (open) {
            openPaths.add(key);
        } else {
            openPaths.remove(key);
        }
    }

    /** Opens a site folder or a post file off the UI thread; the future completes on the UI thread. */
    public CompletableFuture<SiteSession> open(Path path) {
        SiteConfig base = baseConfig.get();
        EarlyPosts early = new EarlyPosts();
        return open(
                path,
                CompletableFuture.supplyAsync(() -> SiteScan.scan(path, base, early), background)
                        .thenApplyAsync(scan -> SiteSession.openIndexed(scan, engine, clock), background),
                early);
    }

    private Supplier<SiteConfig> baseConfig = SiteConfig::defaults;

    /** The writer's defaults (from Preferences) that a site's own {@code .postwright.yml} can override. */
    public void setBaseConfig(Supplier<SiteConfig> base) {
        this.baseConfig = base;
    }

    /**
     * Shows a site whose loading started elsewhere (the launcher starts reading the site while the JavaFX
     * toolkit starts, so the two overlap).
     */
    public CompletableFuture<SiteSession> open(Path path, CompletableFuture<SiteSession> loading) {
        return open(path, loading, EarlyPosts.ignored());
    }

    /**
     * As above, listing the posts of a large site as their front matter is read ({@code early}), before the site is
     * fully read; the rows get their problem counts when the whole site has been checked.
     */
    public CompletableFuture<SiteSession> open(Path path, CompletableFuture<SiteSession> loading, EarlyPosts early) {
        busy.set(true);
        status.set("Opening " + path + " …");
        CompletableFuture<SiteSession> done = new CompletableFuture<>();
        opening = done;
        StreamedRows streamed = new StreamedRows(done);
        early.listen(streamed::arrive);
        loading.thenApplyAsync(s -> new Opened(s, rows(s)), background)
                .whenComplete((opened, error) -> Platform.runLater(() -> {
                    busy.set(false);
                    streamed.stop();
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        status.set("Could not open " + path + ": " + cause.getMessage());
                        if (streamed.any()) { // the sidebar listed some of that site: back to the open one's posts
                            posts.setAll(session.get() == null ? List.of() : rows(session.get()));
                        }
                        done.completeExceptionally(cause);
                        return;
                    }
                    session.set(opened.session());
                    watch(opened.session());
                    // Problem counts for the sidebar come second, so the window is usable while they are computed.
                    SiteSession s = opened.session();
                    CompletableFuture.supplyAsync(
                                    () -> {
                                        s.revalidateAll();
                                        return rows(s);
                                    },
                                    background)
                            .thenAccept(counted -> Platform.runLater(() -> {
                                if (session.get() == s) {
                                    // one change for every row; a post open in a tab may have moved on meanwhile
                                    posts.upsertAll(counted.stream()
                                            .map(r -> openPaths.contains(r.path()) ? fresh(s, r) : r)
                                            .toList());
                                }
                            }));
                    if (streamed.any()) {
                        posts.replaceAll(opened.rows()); // rows that did not change stay as they are
                    } else {
                        posts.setAll(opened.rows());
                    }
                    siteName.set(opened.session().site().root().getFileName().toString());
                    int unreadable = opened.session().unreadable().size();
                    status.set(opened.session().site().preset().displayName() + " site · "
                            + opened.rows().size() + " posts"
                            + (unreadable > 0 ? " · " + unreadable + " could not be read" : "")
                            + " · " + opened.session().site().schemaNote());
                    done.complete(opened.session());
                }));
        return done;
    }

    private CompletableFuture<SiteSession> opening = CompletableFuture.completedFuture(null);

    /** The site being opened, or the last one opened; completes on the UI thread. */
    public CompletableFuture<SiteSession> opening() {
        return opening;
    }

    private PostRow fresh(SiteSession s, PostRow row) {
        return s.index()
                .get(row.path())
                .map(summary -> PostRows.of(summary, s.problems(row.path()), clock))
                .orElse(row);
    }

    /**
     * Rows from the front matter of a site being opened, gathered from the reading threads and handed to the sidebar
     * at most once per UI turn; the first batch replaces the previous site's rows.
     */
    private final class StreamedRows {
        private final CompletableFuture<SiteSession> of;
        private final ConcurrentLinkedQueue<PostRow> arrived = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean drainQueued = new AtomicBoolean();
        private boolean shown; // UI thread
        private boolean stopped; // UI thread

        StreamedRows(CompletableFuture<SiteSession> of) {
            this.of = of;
        }

        /** On a reading thread. */
        void arrive(List<PostSummary> batch) {
            for (PostSummary summary : batch) {
                arrived.add(PostRows.of(summary, List.of(), clock));
            }
            if (drainQueued.compareAndSet(false, true)) {
                Platform.runLater(this::drain);
            }
        }

        private void drain() {
            drainQueued.set(false);
            List<PostRow> rows = new ArrayList<>();
            for (PostRow r = arrived.poll(); r != null; r = arrived.poll()) {
                rows.add(r);
            }
            if (stopped || opening != of || rows.isEmpty()) {
                return;
            }
            if (shown) {
                posts.upsertAll(rows);
            } else {
                posts.setAll(rows);
                shown = true;
            }
        }

        boolean any() {
            return shown;
        }

        void stop() {
            stopped = true;
            arrived.clear();
        }
    }

    private List<PostRow> rows(SiteSession s) {
        List<PostRow> rows = new ArrayList<>();
        for (PostSummary summary : s.index().all()) {
            rows.add(PostRows.of(s.site(), summary, s.problems(summary.path()), clock));
        }
        return rows;
    }

    /** Refreshes one post's row after it was re-analysed (UI thread). */
    public void refreshRow(Path path) {
        SiteSession s = session.get();
        if (s != null) {
            s.index()
                    .get(path)
                    .ifPresent(summary -> posts.upsert(PostRows.of(s.site(), summary, s.problems(path), clock)));
        }
    }

    public PostListViewModel posts() {
        return posts;
    }

    public ObjectProperty<SiteSession> sessionProperty() {
        return session;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty siteNameProperty() {
        return siteName;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Clock clock() {
        return clock;
    }

    public Executor background() {
        return background;
    }

    public MarkdownEngine engine() {
        return engine;
    }

    private record Opened(SiteSession session, List<PostRow> rows) {}
}
