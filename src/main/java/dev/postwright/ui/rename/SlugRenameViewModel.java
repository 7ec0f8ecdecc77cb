package dev.postwright.ui.rename;

import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.rename.ApplyResult;
import dev.postwright.workspace.rename.AstroRedirects;
import dev.postwright.workspace.rename.FileChange;
import dev.postwright.workspace.rename.RenamePlan;
import dev.postwright.workspace.rename.SlugRename;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the slug rename dialog: plans the link updates on the executor, lists them per file with a tick box
 * each, and applies the ticked ones (plus the Astro redirect, if asked) there too. Results arrive on the FX
 * thread; use it from the FX thread only.
 */
public final class SlugRenameViewModel {

    /** One file of the plan, ticked by default. */
    public static final class FileRow {
        private final FileChange change;
        private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);

        FileRow(FileChange change) {
            this.change = change;
        }

        public FileChange change() {
            return change;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** What Apply did: files written or skipped, edits left for open tabs, and the redirect, if one was asked for. */
    public record Outcome(String oldUrl, String newUrl, ApplyResult result, Optional<AstroRedirects.Result> redirect) {

        /** True when everything asked for was done. */
        public boolean clean() {
            return result.skipped().isEmpty()
                    && redirect.map(AstroRedirects.Result::ok).orElse(true);
        }

        /** A few sentences for the status bar or an alert. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            int links = result.written().stream()
                    .mapToInt(ApplyResult.Written::edits)
                    .sum();
            if (!result.written().isEmpty()) {
                parts.add("Updated " + links + (links == 1 ? " link" : " links") + " in "
                        + result.written().size() + (result.written().size() == 1 ? " post." : " posts."));
            }
            if (!result.forEditor().isEmpty()) {
                parts.add("Updated the links in " + result.forEditor().size() + " open "
                        + (result.forEditor().size() == 1 ? "tab" : "tabs") + "; save to keep them.");
            }
            result.skipped().forEach(s -> parts.add(s.message()));
            redirect.ifPresent(r -> parts.add(r.message()));
            return parts.isEmpty() ? "Nothing was changed." : String.join(" ", parts);
        }
    }

    private final SiteSession session;
    private final Path post;
    private final String oldUrl;
    private final String newUrl;
    private final Map<Path, String> unsaved;
    private final Executor background;
    private final ObservableList<FileRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.selectedProperty()});
    private final BooleanProperty addRedirect = new SimpleBooleanProperty(this, "addRedirect", true);
    private final ReadOnlyBooleanWrapper redirectAvailable = new ReadOnlyBooleanWrapper(this, "redirectAvailable");
    private final ReadOnlyStringWrapper configName = new ReadOnlyStringWrapper(this, "configName", "astro.config.mjs");
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(this, "planning", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canApply;
    private Path astroConfig;

    /**
     * @param unsavedTexts the buffers of open tabs with unsaved edits, by absolute path; copied, since planning
     *                     reads them off the FX thread
     */
    public SlugRenameViewModel(
            SiteSession session,
            Path post,
            String oldUrl,
            String newUrl,
            Map<Path, String> unsavedTexts,
            Executor background) {
        this.session = session;
        this.post = post.toAbsolutePath().normalize();
        this.oldUrl = oldUrl;
        this.newUrl = newUrl;
        Map<Path, String> copy = new HashMap<>();
        unsavedTexts.forEach((p, t) -> copy.put(p.toAbsolutePath().normalize(), t));
        this.unsaved = Map.copyOf(copy);
        this.background = background;
        BooleanBinding anyTicked = Bindings.createBooleanBinding(
                () -> rows.stream().anyMatch(r -> r.selectedProperty().get()), rows);
        this.canApply = planning.not().and(busy.not()).and(anyTicked.or(redirectAvailable.and(addRedirect)));
    }

    /** Lists the links to change (and whether a redirect can be added); the rows fill in on the FX thread. */
    public CompletableFuture<RenamePlan> plan() {
        planning.set(true);
        status.set("Looking for links to " + oldUrl + " …");
        CompletableFuture<RenamePlan> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(
                        () -> {
                            RenamePlan plan = SlugRename.plan(
                                    session, post, oldUrl, newUrl, p -> Optional.ofNullable(unsaved.get(p)));
                            Optional<Path> config = session.site().generator().redirectsInConfig()
                                            && !session.site().lone()
                                    ? AstroRedirects.findConfig(session.site().root())
                                    : Optional.empty();
                            return Map.entry(plan, config);
                        },
                        background)
                .whenComplete((pair, error) -> Platform.runLater(() -> {
                    planning.set(false);
                    if (error != null) {
                        status.set(
                                "Could not look for links: " + rootCause(error).getMessage());
                        done.completeExceptionally(error);
                        return;
                    }
                    RenamePlan plan = pair.getKey();
                    rows.setAll(plan.changes().stream().map(FileRow::new).toList());
                    astroConfig = pair.getValue().orElse(null);
                    redirectAvailable.set(astroConfig != null);
                    if (astroConfig != null) {
                        configName.set(astroConfig.getFileName().toString());
                    }
                    int links = plan.edits().size();
                    status.set(
                            plan.isEmpty()
                                    ? "No other post links to " + oldUrl + "."
                                    : links + (links == 1 ? " link" : " links") + " to " + oldUrl + " in "
                                            + plan.changes().size()
                                            + (plan.changes().size() == 1 ? " post." : " posts."));
                    done.complete(plan);
                }));
        return done;
    }

    /** Applies the ticked files and the redirect; the outcome arrives on the FX thread. */
    public CompletableFuture<Outcome> apply() {
        busy.set(true);
        status.set("Updating links …");
        Set<Path> ticked = rows.stream()
                .filter(r -> r.selectedProperty().get())
                .map(r -> r.change().file())
                .collect(Collectors.toSet());
        List<FileChange> changes = rows.stream().map(FileRow::change).toList();
        RenamePlan plan = new RenamePlan(post, oldUrl, newUrl, changes).only(ticked);
        Path config = redirectAvailable.get() && addRedirect.get() ? astroConfig : null;
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(
                        () -> {
                            ApplyResult result = SlugRename.apply(plan);
                            for (ApplyResult.Written w : result.written()) {
                                session.update(
                                        w.file(), w.text()); // the index and problems follow the new links at once
                            }
                            Optional<AstroRedirects.Result> redirect =
                                    Optional.ofNullable(config).map(c -> AstroRedirects.addRedirect(c, oldUrl, newUrl));
                            return new Outcome(oldUrl, newUrl, result, redirect);
                        },
                        background)
                .whenComplete((outcome, error) -> Platform.runLater(() -> {
                    busy.set(false);
                    if (error != null) {
                        status.set("Could not update the links: "
                                + rootCause(error).getMessage());
                        done.completeExceptionally(error);
                        return;
                    }
                    status.set(outcome.summary());
                    done.complete(outcome);
                }));
        return done;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    public String oldUrl() {
        return oldUrl;
    }

    public String newUrl() {
        return newUrl;
    }

    public ObservableList<FileRow> rows() {
        return rows;
    }

    public BooleanProperty addRedirectProperty() {
        return addRedirect;
    }

    public ReadOnlyBooleanProperty redirectAvailableProperty() {
        return redirectAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty configNameProperty() {
        return configName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canApply() {
        return canApply;
    }
}
