package dev.postwright.ui.tags;

import dev.postwright.post.Backups;
import dev.postwright.ui.search.WriteFlow;
import dev.postwright.workspace.AppliedChanges;
import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.ChangeWriter;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.TagOps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Tags window: every tag with its post count, the near-duplicate groups, and rename/merge through
 * the same preview → write → undo flow as site-wide replace. Counting and planning run on {@code background};
 * results go to {@code ui}. Use from the UI thread.
 */
public final class TagsViewModel {

    /** A tag and how many posts use it. */
    public record TagRow(String tag, int posts) {
        @Override
        public String toString() {
            return tag + "  (" + posts + (posts == 1 ? " post)" : " posts)");
        }
    }

    private final Supplier<SiteSession> session;
    private final Supplier<Map<Path, String>> unsaved;
    private final Executor background;
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<TagRow> tags = FXCollections.observableArrayList();
    private final ObservableList<TagOps.NearGroup> groups = FXCollections.observableArrayList();
    private final WriteFlow writes;

    public TagsViewModel(
            Supplier<SiteSession> session,
            Supplier<Map<Path, String>> unsaved,
            Optional<Backups> backups,
            Executor background,
            Executor ui) {
        this.session = session;
        this.unsaved = unsaved;
        this.background = background;
        this.writes = new WriteFlow(session, backups, background, ui, status, busy);
    }

    /** Reads the tags and near-duplicate groups of the site again (after a write, or when the window opens). */
    public CompletableFuture<Void> refresh() {
        SiteSession s = session.get();
        if (s == null) {
            tags.clear();
            groups.clear();
            status.set("Open a site to see its tags.");
            return CompletableFuture.completedFuture(null);
        }
        return writes.onUi(CompletableFuture.supplyAsync(
                        () -> {
                            List<TagRow> rows = new ArrayList<>();
                            TagOps.counts(s).forEach((t, n) -> rows.add(new TagRow(t, n)));
                            return new Object[] {rows, TagOps.nearDuplicates(s)};
                        },
                        background))
                .thenAccept(r -> {
                    @SuppressWarnings("unchecked")
                    List<TagRow> rows = (List<TagRow>) r[0];
                    @SuppressWarnings("unchecked")
                    List<TagOps.NearGroup> near = (List<TagOps.NearGroup>) r[1];
                    tags.setAll(rows);
                    groups.setAll(near);
                    status.set(rows.size()
                            + (rows.size() == 1 ? " tag" : " tags")
                            + (near.isEmpty()
                                    ? "."
                                    : "; " + near.size() + (near.size() == 1 ? " group" : " groups")
                                            + " of near-duplicate spellings to merge."));
                });
    }

    /** Plans renaming (one tag) or merging (several) the given tags into {@link #newNameProperty()}. */
    public CompletableFuture<ChangePlan> planRename(Set<String> from) {
        SiteSession s = session.get();
        String to = newName.get().strip();
        if (s == null || from.isEmpty() || to.isEmpty()) {
            status.set(from.isEmpty() ? "Pick one or more tags first." : "Type the new tag name.");
            return CompletableFuture.completedFuture(new ChangePlan("Rename tag", List.of(), List.of()));
        }
        Map<Path, String> buffers = Map.copyOf(unsaved.get());
        busy.set(true);
        return writes.onUi(CompletableFuture.supplyAsync(
                        () -> TagOps.planRename(s, Set.copyOf(from), to, buffers), background))
                .whenComplete((plan, err) -> {
                    busy.set(false);
                    status.set(
                            err != null
                                    ? "The rename could not be prepared: " + err.getMessage()
                                    : plan.isEmpty()
                                            ? (plan.notes().isEmpty()
                                                    ? "No post uses these tags."
                                                    : String.join(" ", plan.notes()))
                                            : plan.title() + ": "
                                                    + plan.changes().size()
                                                    + (plan.changes().size() == 1 ? " post" : " posts")
                                                    + " to change.");
                });
    }

    /** Plans merging a near-duplicate group into its most used spelling. */
    public CompletableFuture<ChangePlan> planMerge(TagOps.NearGroup group) {
        newName.set(group.keep());
        return planRename(Set.copyOf(group.others()));
    }

    public CompletableFuture<AppliedChanges> apply(ChangePlan plan, boolean includeUnsaved) {
        return writes.apply(plan, includeUnsaved).thenCompose(a -> refresh().thenApply(v -> a));
    }

    public CompletableFuture<ChangeWriter.UndoResult> undo() {
        return writes.undo().thenCompose(r -> refresh().thenApply(v -> r));
    }

    public void setOnWritten(Consumer<AppliedChanges> onWritten) {
        writes.setOnWritten(onWritten);
    }

    public ObservableList<TagRow> tags() {
        return tags;
    }

    public ObservableList<TagOps.NearGroup> groups() {
        return groups;
    }

    public StringProperty newNameProperty() {
        return newName;
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
}
