package dev.postwright.ui.wizard;

import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import dev.postwright.site.SlugGenerator;
import dev.postwright.ui.Debouncer;
import dev.postwright.validation.text.DescriptionLength;
import dev.postwright.validation.text.TagVocabulary;
import dev.postwright.workspace.create.NewPostRequest;
import dev.postwright.workspace.create.PostCreator;
import dev.postwright.workspace.create.PostPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The New Post wizard's state. Plans the post with the same {@link PostCreator} as {@code postwright new}, on
 * the executor after a short quiet period, newest plan wins; creates it there too. FX thread only.
 */
public final class NewPostViewModel {

    /** Quiet period after the last keystroke before the post is planned again. */
    public static final Duration DEBOUNCE = Duration.millis(150);

    private static final int MAX_SUGGESTIONS = 8;

    private final Site site;
    private final Clock clock;
    private final Executor background;
    private final PostCreator creator = new PostCreator();
    private final Map<String, Integer> tagCounts;
    private final TagVocabulary vocabulary;
    private final Debouncer debounce = new Debouncer(DEBOUNCE, this::planNow);
    private final AtomicLong latestPlan = new AtomicLong();
    private long latestShown;
    private boolean generatingSlug;
    private boolean disposed;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty slug = new SimpleStringProperty(this, "slug", "");
    private final BooleanProperty slugEdited = new SimpleBooleanProperty(this, "slugEdited", false);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> tagNotes = FXCollections.observableArrayList();
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final BooleanProperty draft = new SimpleBooleanProperty(this, "draft", true);
    private final ReadOnlyObjectWrapper<PostPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper plannedPath = new ReadOnlyStringWrapper(this, "plannedPath", "");
    private final ReadOnlyStringWrapper plannedUrl = new ReadOnlyStringWrapper(this, "plannedUrl", "");
    private final ObservableList<String> refusals = FXCollections.observableArrayList();
    private final ObservableList<String> refusalsView = FXCollections.unmodifiableObservableList(refusals);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(this, "planning", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding canCreate;
    private final StringBinding descriptionCounter;

    public NewPostViewModel(Site site, SiteIndex index, Clock clock, Executor background) {
        this.site = Objects.requireNonNull(site, "site");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.background = Objects.requireNonNull(background, "background");
        this.tagCounts = index.tagCounts(); // in memory, no I/O
        this.vocabulary = new TagVocabulary(tagCounts);
        title.addListener((o, was, now) -> {
            if (!slugEdited.get()) {
                generateSlug();
            }
            schedulePlan();
        });
        slug.addListener((o, was, now) -> {
            if (!generatingSlug) {
                slugEdited.set(!now.isBlank()); // an emptied slug field means "make it from the title" again
                schedulePlan();
            }
        });
        tags.addListener((ListChangeListener<String>) c -> schedulePlan());
        description.addListener((o, was, now) -> schedulePlan());
        draft.addListener((o, was, now) -> schedulePlan());
        canCreate = Bindings.createBooleanBinding(
                () -> !title.get().isBlank() && plan.get() != null && refusals.isEmpty() && !busy.get(),
                title,
                plan,
                refusals,
                busy);
        descriptionCounter = Bindings.createStringBinding(
                () -> {
                    String d = description.get().strip();
                    return d.codePointCount(0, d.length()) + " / " + DescriptionLength.DEFAULT_MAX;
                },
                description);
        if (site.lone()) {
            refusals.add("No site is open: open the site's folder first, then create the post there.");
        }
    }

    /** Stops planning (the dialog closed); a {@link #create()} already running still completes. */
    public void dispose() {
        disposed = true;
        debounce.cancel();
        planning.set(false);
    }

    /** Regenerates the slug from the title and follows the title again until the writer edits the slug. */
    public void resetSlug() {
        slugEdited.set(false);
        generateSlug();
        schedulePlan();
    }

    private void generateSlug() {
        generatingSlug = true;
        try {
            slug.set(title.get().isBlank() ? "" : SlugGenerator.fromTitle(title.get()));
        } finally {
            generatingSlug = false;
        }
    }

    /**
     * Sets the tags from comma-separated text: blanks and repeats dropped, near-duplicates of tags already in
     * use replaced by the site's spelling ({@code Sourdough} → {@code sourdough}), with a note for each.
     */
    public void setTagsText(String text) {
        List<String> notes = new ArrayList<>();
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String raw : text.split(",")) {
            String tag = raw.strip();
            if (tag.isEmpty()) {
                continue;
            }
            String canonical = vocabulary.nearDuplicateOf(tag).orElse(tag);
            if (!canonical.equals(tag)) {
                notes.add(tag + " → " + canonical + " (the site's spelling, used by "
                        + posts(tagCounts.getOrDefault(canonical, 0)) + ")");
            }
            chosen.add(canonical);
        }
        if (!tags.equals(new ArrayList<>(chosen))) {
            tags.setAll(chosen);
        }
        tagNotes.setAll(notes);
    }

    /** The tags as the tags field shows them. */
    public String tagsText() {
        return String.join(", ", tags);
    }

    /** Tags in use that start with (or else contain) the typed fragment and are not chosen yet; most used first. */
    public List<TagSuggestion> tagSuggestions(String fragment) {
        String f = fragment.strip().toLowerCase(Locale.ROOT);
        Comparator<TagSuggestion> order = Comparator.comparing(
                        (TagSuggestion s) -> !s.tag().toLowerCase(Locale.ROOT).startsWith(f))
                .thenComparing(TagSuggestion::count, Comparator.reverseOrder())
                .thenComparing(TagSuggestion::tag);
        return tagCounts.entrySet().stream()
                .filter(e -> !tags.contains(e.getKey())
                        && e.getKey().toLowerCase(Locale.ROOT).contains(f))
                .map(e -> new TagSuggestion(e.getKey(), e.getValue()))
                .sorted(order)
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** The request the current inputs make. */
    public NewPostRequest request() {
        String d = description.get().strip();
        return new NewPostRequest(
                title.get(),
                slugEdited.get() ? Optional.of(slug.get()) : Optional.empty(),
                List.copyOf(tags),
                draft.get(),
                d.isEmpty() ? Optional.empty() : Optional.of(d));
    }

    private void schedulePlan() {
        latestPlan.incrementAndGet(); // results of plans already running are stale from now on
        planning.set(true);
        debounce.restart();
    }

    /** Plans the current inputs now instead of after the quiet period. */
    public void planNow() {
        debounce.cancel();
        long seq = latestPlan.incrementAndGet();
        planning.set(true);
        if (title.get().isBlank()) {
            show(seq, null); // nothing to say yet; "a title is required" while the field is empty is noise
            return;
        }
        NewPostRequest req = request();
        if (disposed) {
            return;
        }
        CompletableFuture.supplyAsync(() -> latestPlan.get() == seq ? creator.plan(site, req, clock) : null, background)
                .whenComplete((p, err) -> Platform.runLater(() -> {
                    if (err != null) {
                        show(seq, failedPlan(err));
                    } else if (p != null) {
                        show(seq, p);
                    }
                }));
    }

    private void show(long seq, PostPlan p) {
        if (seq < latestShown || seq != latestPlan.get()) {
            return; // the inputs changed since; a newer plan is on its way
        }
        latestShown = seq;
        planning.set(false);
        plan.set(p);
        plannedPath.set(p == null ? "" : site.relativize(p.file()));
        plannedUrl.set(p == null ? "" : p.url());
        List<String> r = new ArrayList<>();
        if (site.lone()) {
            r.add("No site is open: open the site's folder first, then create the post there.");
        }
        if (p != null) {
            p.refusals().stream().map(RefusalWording::forWizard).forEach(r::add);
        }
        refusals.setAll(r);
        warnings.setAll(p == null ? List.of() : p.warnings());
    }

    private PostPlan failedPlan(Throwable err) {
        Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        return new PostPlan(site.root(), "", "", "", List.of("Could not plan the post: " + cause.getMessage()));
    }

    /**
     * Plans the current inputs afresh (a file may have appeared meanwhile) and writes the post on the executor.
     * Completes on the FX thread with the new file's absolute path, or exceptionally with
     * {@link NewPostRefusedException} (the refusals are shown too) or the write's exception.
     */
    public CompletableFuture<Path> create() {
        CompletableFuture<Path> done = new CompletableFuture<>();
        if (busy.get()) {
            done.completeExceptionally(new IllegalStateException("the post is already being created"));
            return done;
        }
        if (site.lone()) {
            done.completeExceptionally(new NewPostRefusedException(List.copyOf(refusals)));
            return done;
        }
        debounce.cancel();
        busy.set(true);
        long seq = latestPlan.incrementAndGet();
        NewPostRequest req = request();
        CompletableFuture.supplyAsync(
                        () -> {
                            PostPlan fresh = creator.plan(site, req, clock);
                            if (!fresh.creatable()) {
                                return new Attempt(fresh, null, null);
                            }
                            try {
                                return new Attempt(fresh, creator.create(fresh), null);
                            } catch (Exception e) {
                                return new Attempt(fresh, null, e);
                            }
                        },
                        background)
                .whenComplete((attempt, err) -> Platform.runLater(() -> {
                    busy.set(false);
                    if (err != null) {
                        show(seq, failedPlan(err));
                        done.completeExceptionally(
                                err instanceof CompletionException && err.getCause() != null ? err.getCause() : err);
                    } else if (attempt.written() != null) {
                        show(seq, attempt.plan());
                        done.complete(attempt.written());
                    } else if (attempt.error() != null) {
                        show(seq, attempt.plan());
                        refusals.add(attempt.error().getMessage());
                        done.completeExceptionally(attempt.error());
                    } else {
                        show(seq, attempt.plan());
                        done.completeExceptionally(new NewPostRefusedException(attempt.plan().refusals().stream()
                                .map(RefusalWording::forWizard)
                                .toList()));
                    }
                }));
        return done;
    }

    private static String posts(int n) {
        return n == 1 ? "1 post" : n + " posts";
    }

    private record Attempt(PostPlan plan, Path written, Exception error) {}

    public Site site() {
        return site;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty slugProperty() {
        return slug;
    }

    /** True once the writer typed a slug of their own; the slug then stops following the title. */
    public BooleanProperty slugEditedProperty() {
        return slugEdited;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** What {@link #setTagsText} changed, e.g. {@code Sourdough → sourdough (…)}. */
    public ObservableList<String> tagNotes() {
        return tagNotes;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** {@code n / 160}: the description's length in characters against what search results show. */
    public StringBinding descriptionCounter() {
        return descriptionCounter;
    }

    public BooleanProperty draftProperty() {
        return draft;
    }

    /** The latest plan for the current inputs; null while the title is blank. */
    public ReadOnlyObjectProperty<PostPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The new file relative to the site root, e.g. {@code src/data/blog/my-post.md}. */
    public ReadOnlyStringProperty plannedPathProperty() {
        return plannedPath.getReadOnlyProperty();
    }

    /** The post's URL on the built site, e.g. {@code /posts/my-post/}. */
    public ReadOnlyStringProperty plannedUrlProperty() {
        return plannedUrl.getReadOnlyProperty();
    }

    /** Why the post cannot be created as it stands; empty when it can. */
    public ObservableList<String> refusals() {
        return refusalsView;
    }

    /** What the writer should know about the planned text (an archetype expression left out); may be created. */
    public ObservableList<String> warnings() {
        return warningsView;
    }

    /** True from an input change until the plan for it is shown. */
    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    /** True while {@link #create()} runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Title given, latest plan without refusals, not creating already. */
    public BooleanBinding canCreate() {
        return canCreate;
    }
}
