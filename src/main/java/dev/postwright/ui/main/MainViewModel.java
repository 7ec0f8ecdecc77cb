package dev.postwright.ui.main;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.PostSummary;
import dev.postwright.ui.sitetree.PostListViewModel;
import dev.postwright.ui.sitetree.PostRow;
import dev.postwright.validation.SiteSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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

    public MainViewModel(Executor background, Clock clock, MarkdownEngine engine) {
        this.background = background;
        this.clock = clock;
        this.engine = engine;
    }

    /** Opens a site folder or a post file off the UI thread; the future completes on the UI thread. */
    public CompletableFuture<SiteSession> open(Path path) {
        busy.set(true);
        status.set("Opening " + path + " …");
        CompletableFuture<SiteSession> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            SiteSession s = SiteSession.open(path, engine, clock);
            return new Opened(s, rows(s));
        }, background).whenComplete((opened, error) -> Platform.runLater(() -> {
            busy.set(false);
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.set("Could not open " + path + ": " + cause.getMessage());
                done.completeExceptionally(cause);
                return;
            }
            session.set(opened.session());
            posts.setAll(opened.rows());
            siteName.set(opened.session().site().root().getFileName().toString());
            int unreadable = opened.session().unreadable().size();
            status.set(opened.session().site().preset().displayName() + " site · " + opened.rows().size() + " posts"
                    + (unreadable > 0 ? " · " + unreadable + " could not be read" : "")
                    + " · " + opened.session().site().schemaNote());
            done.complete(opened.session());
        }));
        return done;
    }

    private List<PostRow> rows(SiteSession s) {
        List<PostRow> rows = new ArrayList<>();
        for (PostSummary summary : s.index().all()) {
            rows.add(PostRows.of(summary, s.problems(summary.path()), clock));
        }
        return rows;
    }

    /** Refreshes one post's row after it was re-analysed (UI thread). */
    public void refreshRow(Path path) {
        SiteSession s = session.get();
        if (s != null) {
            s.index().get(path).ifPresent(summary -> posts.upsert(PostRows.of(summary, s.problems(path), clock)));
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
