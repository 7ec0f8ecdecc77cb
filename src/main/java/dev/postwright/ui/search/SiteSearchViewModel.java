package dev.postwright.ui.search;

import dev.postwright.post.Backups;
import dev.postwright.workspace.AppliedChanges;
import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.ChangeWriter;
import dev.postwright.workspace.PostHits;
import dev.postwright.workspace.SearchQuery;
import dev.postwright.workspace.SiteReplace;
import dev.postwright.workspace.SiteSearch;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the site search window: the query, the results as they stream in (one entry per post), and the
 * replace flow (plan → preview → write → undo). Search, planning and writing run on {@code background}; results
 * are handed to {@code ui} (Platform::runLater in the app, the calling thread in tests). Use it from the UI thread.
 */
public final class SiteSearchViewModel {

    private final Supplier<SiteSession> session;
    private final Supplier<Map<Path, String>> unsaved;
    private final Optional<Backups> backups;
    private final Executor background;
    private final Executor ui;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(this, "wholeWord");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase");
    private final ObjectProperty<SearchQuery.Scope> scope =
            new SimpleObjectProperty<>(this, "scope", SearchQuery.Scope.BOTH);
    private final StringProperty field = new SimpleStringProperty(this, "field", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<PostHits> results = FXCollections.observableArrayList();

    private final WriteFlow writes;
    private AtomicBoolean running = new AtomicBoolean();

    public SiteSearchViewModel(
            Supplier<SiteSession> session,
            Supplier<Map<Path, String>> unsaved,
            Optional<Backups> backups,
            Executor background,
            Executor ui) {
        this.session = session;
        this.unsaved = unsaved;
        this.backups = backups;
        this.background = background;
        this.ui = ui;
        this.writes = new WriteFlow(session, backups, background, ui, status, busy);
    }

    /** Called on the UI thread after files were written or restored (open tabs take changes meant for them). */
    public void setOnWritten(Consumer<AppliedChanges> onWritten) {
        writes.setOnWritten(onWritten);
    }

    public SearchQuery currentQuery() {
        return new SearchQuery(query.get(), regex.get(), wholeWord.get(), matchCase.get(), scope.get(), field.get());
    }

    /**
     * Starts a search, cancelling the one running; results arrive post by post. Completes (on the UI executor)
     * with the outcome, or with null when there is no site or the search was superseded.
     */
    public CompletableFuture<SiteSearch.Outcome> search() {
        running.set(true); // tells the previous search to stop
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        results.clear();
        SiteSession s = session.get();
        SearchQuery q = currentQuery();
        Optional<String> problem = q.problem();
        if (s == null || problem.isPresent()) {
            status.set(s == null ? "Open a site to search it." : problem.get());
            return CompletableFuture.completedFuture(null);
        }
        Map<Path, String> buffers = Map.copyOf(unsaved.get());
        busy.set(true);
        status.set("Searching…");
        CompletableFuture<SiteSearch.Outcome> done = new CompletableFuture<>();
        background.execute(() -> {
            SiteSearch.Outcome outcome;
            try {
                outcome = SiteSearch.run(
                        s,
                        q,
                        buffers,
                        hits -> ui.execute(() -> {
                            if (!cancelled.get()) {
                                results.add(hits);
                            }
                        }),
                        cancelled::get);
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    status.set("The search stopped: " + e.getMessage());
                    done.complete(null);
                });
                return;
            }
            ui.execute(() -> {
                if (cancelled.get()) {
                    done.complete(null);
                    return;
                }
                busy.set(false);
                status.set(describe(outcome));
                done.complete(outcome);
            });
        });
        return done;
    }

    /** Stops the running search (the window closed, or the writer pressed Esc). */
    public void cancel() {
        running.set(true);
        busy.set(false);
    }

    private static String describe(SiteSearch.Outcome o) {
        String found = o.hits() == 0
                ? "No matches in " + o.postsSearched() + plural(o.postsSearched(), " post")
                : o.hits() + plural(o.hits(), " match") + " in " + o.postsWithHits()
                        + plural(o.postsWithHits(), " post") + " (" + o.postsSearched() + " searched)";
        return o.notes().isEmpty() ? found + "." : found + ". " + String.join(" ", o.notes());
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word.endsWith("h") ? word + "es" : word + "s";
    }

    /** Plans replacing every match with the replacement text; nothing is written. Completes on the UI executor. */
    public CompletableFuture<ChangePlan> planReplace() {
        SiteSession s = session.get();
        if (s == null) {
            return CompletableFuture.completedFuture(
                    new ChangePlan("Replace", List.of(), List.of("Open a site first.")));
        }
        SearchQuery q = currentQuery();
        String with = replacement.get();
        Map<Path, String> buffers = Map.copyOf(unsaved.get());
        busy.set(true);
        status.set("Preparing the changes…");
        return writes.onUi(CompletableFuture.supplyAsync(
                        () -> SiteReplace.plan(s, q, with, buffers, () -> false), background))
                .whenComplete((plan, err) -> {
                    busy.set(false);
                    status.set(
                            err != null
                                    ? "The replace could not be prepared: " + err.getMessage()
                                    : plan.isEmpty()
                                            ? (plan.notes().isEmpty()
                                                    ? "Nothing to replace."
                                                    : String.join(" ", plan.notes()))
                                            : plan.count() + plural(plan.count(), " replacement") + " in "
                                                    + plan.changes().size()
                                                    + plural(plan.changes().size(), " post")
                                                    + ": check them, then write.");
                });
    }

    /**
     * Writes the (previewed, possibly narrowed) plan; open tabs with unsaved edits are changed in the editor when
     * {@code includeUnsaved}, else left out. The written files are read into the site again.
     */
    public CompletableFuture<AppliedChanges> apply(ChangePlan plan, boolean includeUnsaved) {
        return writes.apply(plan, includeUnsaved);
    }

    /** Takes the last write back as a whole; files changed since are left alone and named. */
    public CompletableFuture<ChangeWriter.UndoResult> undo() {
        return writes.undo();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public BooleanProperty wholeWordProperty() {
        return wholeWord;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public ObjectProperty<SearchQuery.Scope> scopeProperty() {
        return scope;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return writes.canUndoProperty();
    }

    public ObservableList<PostHits> results() {
        return results;
    }
}
