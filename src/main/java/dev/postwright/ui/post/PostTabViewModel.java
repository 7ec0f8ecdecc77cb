package dev.postwright.ui.post;

import dev.postwright.post.LoadedText;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.post.PostConflictException;
import dev.postwright.post.PostWriteException;
import dev.postwright.render.ReadingTime;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open post: its text as the writer has it now, the text on disk, the latest analysis and problems,
 * and saving gated by validation. Parsing, validation and file I/O run on the background executor.
 */
public final class PostTabViewModel {

    /** What happened when the writer asked to save. */
    public sealed interface SaveOutcome {
        /** Written to disk. */
        record Saved() implements SaveOutcome {}

        /** Written, and the post's published URL changed: links elsewhere may need updating. */
        record SavedWithNewUrl(String oldUrl, String newUrl) implements SaveOutcome {}

        /** Not written: the post has errors; the writer may fix them or save anyway. */
        record Blocked(List<Problem> errors) implements SaveOutcome {}

        /** Not written: the file system refused; the message says why and what to do. */
        record Failed(String message) implements SaveOutcome {}

        /**
         * Not written: the file on disk is not the version this tab knows (another program changed, replaced or
         * deleted it); the tab shows the conflict. Saving over it needs the writer's yes: {@code save(.., true)}.
         */
        record Conflict(String message) implements SaveOutcome {}
    }

    private final Path path;
    private final SiteSession session;
    private final Executor background;
    private final LoadedText loaded;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty savedText = new SimpleStringProperty("");
    private final ObjectProperty<PostAnalysis> analysis = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanBinding dirty;
    private final AtomicLong generation = new AtomicLong();
    private Consumer<PostTabViewModel> onAnalysed = vm -> { };

    /** How the file on disk relates to the tab after a change made outside Postwright. */
    public enum DiskState {
        /** The disk holds what the tab last loaded or saved. */
        IN_SYNC,
        /** Someone else changed the file while the tab had unsaved edits. */
        CONFLICT,
        /** The file was deleted or moved away; saving writes it back. */
        DELETED
    }

    private final SaveSupport support;
    private final ObjectProperty<DiskState> diskState = new SimpleObjectProperty<>(DiskState.IN_SYNC);
    private final StringProperty theirs = new SimpleStringProperty("");
    /** Fingerprint of the bytes on disk the tab's saved text stands for; a save checks it just before writing. */
    private volatile String diskFingerprint;
    /** Fingerprint of the other version a conflict showed, and whether it could be read as text at all. */
    private volatile String theirsFingerprint;
    private boolean theirsReadable = true;
    private Consumer<String> editorReplacer = t -> { };

    private PostTabViewModel(Path path, SiteSession session, Executor background, LoadedText loaded,
                             PostAnalysis first, SaveSupport support) {
        this.support = support;
        this.path = path.toAbsolutePath().normalize();
        this.session = session;
        this.background = background;
        this.analyses = new QuietQueue<>(background, ANALYSIS_QUIET_MILLIS, ANALYSIS_MAX_WAIT_MILLIS, this::analyse);
        this.loaded = loaded;
        this.diskFingerprint = loaded.fingerprint();
        text.set(loaded.text());
        savedText.set(loaded.text());
        dirty = Bindings.createBooleanBinding(() -> !text.get().equals(savedText.get()), text, savedText);
        apply(first);
        rememberPublished(first);
    }

    /** Reads and analyses the post off the UI thread; completes on the UI thread. */
    public static CompletableFuture<PostTabViewModel> load(Path path, SiteSession session, Executor background) {
        return load(path, session, background, SaveSupport.none());
    }

    /** As {@link #load(Path, SiteSession, Executor)}, keeping backups and a journal as {@code support} says. */
    public static CompletableFuture<PostTabViewModel> load(Path path, SiteSession session, Executor background,
                                                           SaveSupport support) {
        return load(path, session, background, support, false);
    }

    /**
     * As above; with {@code asWindows1252} a file that is not valid UTF-8 is decoded as Windows-1252, and saving
     * it writes UTF-8 (the repair the writer asked for).
     */
    public static CompletableFuture<PostTabViewModel> load(Path path, SiteSession session, Executor background,
                                                           SaveSupport support, boolean asWindows1252) {
        CompletableFuture<PostTabViewModel> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                LoadedText loaded = asWindows1252 ? reencoded(PostFile.readAsWindows1252(path)) : PostFile.read(path);
                return new Object[] {loaded, session.update(path, loaded.text())};
            } catch (PostReadException e) {
                throw new CompletionException(e);
            }
        }, background).whenComplete((pair, err) -> Platform.runLater(() -> {
            if (err != null) {
                result.completeExceptionally(err instanceof CompletionException && err.getCause() != null
                        ? err.getCause() : err);
            } else {
                result.complete(new PostTabViewModel(path, session, background, (LoadedText) pair[0],
                        (PostAnalysis) pair[1], support));
            }
        }));
        return result;
    }

    private String savedUrl = "";
    private boolean savedPublished;

    /** The URL readers know the post by, and whether they could already read it (not a draft, date passed). */
    private void rememberPublished(PostAnalysis a) {
        savedUrl = a.summary().url();
        java.time.LocalDate today = java.time.LocalDate.now(session.clock());
        savedPublished = !a.summary().draft() && a.summary().pubDate()
                .map(d -> !dev.postwright.site.PostSummaries.localDate(d).isAfter(today))
                .orElse(false);
    }

    private static LoadedText reencoded(LoadedText cp1252) {
        return new LoadedText(cp1252.text(), false, java.nio.charset.StandardCharsets.UTF_8, cp1252.size(),
                cp1252.readOnlyReason(), cp1252.fingerprint());
    }

    /**
     * How long the text must rest after a change before it is analysed. The keystroke's frame is painted first,
     * without an analysis competing with it for the processor (on a two-core machine, analysing a 100 KB post
     * at once made the typed character appear a frame later), and a burst of keys is analysed once.
     */
    static final long ANALYSIS_QUIET_MILLIS = 40;
    /** A writer who never pauses still gets problems and preview updated this often. */
    static final long ANALYSIS_MAX_WAIT_MILLIS = 300;

    /**
     * The writer changed the text: re-analyse it off the UI thread once it rests for
     * {@link #ANALYSIS_QUIET_MILLIS}; only the newest result is shown.
     */
    public void setText(String newText) {
        if (newText.equals(text.get())) {
            return;
        }
        text.set(newText);
        if (disposed) {
            return;
        }
        generation.incrementAndGet();
        analyses.offer(newText);
    }

    private final QuietQueue<String> analyses;

    private void analyse(String next) {
        if (disposed) {
            return;
        }
        long gen = generation.get();
        PostAnalysis a;
        try {
            a = session.update(path, next);
        } catch (RuntimeException | StackOverflowError e) {
            // keep analysing later text; this one is shown with its last good analysis
            System.err.println("postwright: could not analyse " + path.getFileName() + ": " + e);
            return;
        }
        TextStats stats = TextStats.of(a); // counted here: a long post takes milliseconds to count
        Platform.runLater(() -> {
            if (gen == generation.get() && next.equals(text.get())) {
                apply(a, stats);
            }
        });
    }

    private void apply(PostAnalysis a) {
        apply(a, null);
    }

    private void apply(PostAnalysis a, TextStats counted) {
        if (counted != null) {
            stats = counted;
            statsOf = a;
        }
        analysis.set(a);
        java.util.List<Problem> all = new java.util.ArrayList<>(session.problems(path));
        if (onlineChecker != null && !onlineResults.isEmpty()) {
            // positions follow the current text: the results are per URL, the problems are placed anew
            all.addAll(onlineChecker.problemsFor(a, onlineResults));
            all.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        }
        if (!problems.equals(all)) { // the same list again would still make the problems table lay out anew
            problems.setAll(all);
        }
        onAnalysed.accept(this);
    }

    private dev.postwright.validation.online.OnlineLinkChecker onlineChecker;
    private java.util.Map<String, dev.postwright.validation.online.LinkStatus> onlineResults = java.util.Map.of();

    /**
     * Checks the post's external links over the network (cached, bounded, one request per host at a time) and
     * adds {@code link.online} problems for the broken ones. Completes on the UI thread with the number checked.
     */
    public CompletableFuture<Integer> checkLinksOnline(dev.postwright.validation.online.OnlineLinkChecker checker) {
        PostAnalysis a = analysis.get();
        if (a == null) {
            return CompletableFuture.completedFuture(0);
        }
        var urls = dev.postwright.validation.online.OnlineLinkChecker.externalUrls(a);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        checker.check(urls).whenComplete((results, err) -> Platform.runLater(() -> {
            if (err != null) {
                done.completeExceptionally(err);
                return;
            }
            onlineChecker = checker;
            onlineResults = java.util.Map.copyOf(results);
            if (analysis.get() != null) {
                apply(analysis.get());
            }
            done.complete(urls.size());
        }));
        return done;
    }

    /**
     * Saves the current text: validates it first and, unless {@code force}, refuses when it has errors.
     * The write is atomic and keeps the file's BOM, charset and line endings.
     */
    public CompletableFuture<SaveOutcome> save(boolean force) {
        return save(force, false);
    }

    /**
     * As {@link #save(boolean)}; unless {@code overwrite}, a tab showing a conflict is not written (the outcome is
     * {@link SaveOutcome.Conflict}), nor is a file that changed on disk since this tab read or saved it (checked
     * by content just before the move). With {@code overwrite} the writer said yes to replacing the other
     * version they were shown (and only that one).
     */
    public CompletableFuture<SaveOutcome> save(boolean force, boolean overwrite) {
        String toWrite = text.get();
        CompletableFuture<SaveOutcome> result = new CompletableFuture<>();
        if (loaded.readOnly()) {
            result.complete(new SaveOutcome.Failed(path.getFileName() + " is open read-only: "
                    + loaded.readOnlyReason().get()));
            return result;
        }
        if (diskState.get() == DiskState.CONFLICT && !overwrite) {
            result.complete(new SaveOutcome.Conflict(path.getFileName() + " was changed on disk by another "
                    + "program. Saving would overwrite that version."));
            return result;
        }
        String expected = overwrite ? theirsFingerprint
                : diskState.get() == DiskState.DELETED ? PostFile.ABSENT : diskFingerprint;
        long gen = generation.incrementAndGet();
        CompletableFuture.supplyAsync(() -> {
            PostAnalysis a = session.update(path, toWrite);
            List<Problem> errors = session.problems(path).stream()
                    .filter(p -> p.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty() && !force) {
                return new Object[] {a, new SaveOutcome.Blocked(errors)};
            }
            try {
                PostFile.writeAtomic(path, toWrite, loaded.bom(), loaded.charset(),
                        support.backups().orElse(null), session.site().root(), expected);
                diskFingerprint = PostFile.fingerprintOf(toWrite, loaded.bom(), loaded.charset());
                clearJournal();
                return new Object[] {a, new SaveOutcome.Saved()};
            } catch (PostConflictException e) {
                return new Object[] {a, new SaveOutcome.Conflict(e.getMessage()),
                        dev.postwright.post.ExternalChange.Seen.of(path)};
            } catch (PostWriteException e) {
                return new Object[] {a, new SaveOutcome.Failed(e.getMessage())};
            }
        }, background).whenComplete((pair, err) -> Platform.runLater(() -> {
            if (err != null) {
                result.complete(new SaveOutcome.Failed("Could not save " + path.getFileName() + ": "
                        + dev.postwright.validation.Failures.describe(err.getCause() != null ? err.getCause() : err)));
                return;
            }
            if (gen == generation.get()) {
                apply((PostAnalysis) pair[0]);
            }
            SaveOutcome outcome = (SaveOutcome) pair[1];
            if (pair.length > 2) {
                showConflict((dev.postwright.post.ExternalChange.Seen) pair[2]);
            }
            if (outcome instanceof SaveOutcome.Saved) {
                savedText.set(toWrite);
                diskState.set(DiskState.IN_SYNC);
                PostAnalysis saved = (PostAnalysis) pair[0];
                String oldUrl = savedUrl;
                boolean wasPublished = savedPublished;
                rememberPublished(saved);
                if (wasPublished && !dev.postwright.site.SiteIndex.normalizeUrl(oldUrl)
                        .equals(dev.postwright.site.SiteIndex.normalizeUrl(savedUrl))) {
                    result.complete(new SaveOutcome.SavedWithNewUrl(oldUrl, savedUrl));
                    return;
                }
            }
            result.complete(outcome);
        }));
        return result;
    }

    /** Forgets unsaved edits in the site index (the tab closes without saving). */
    public void discard() {
        String onDisk = savedText.get();
        generation.incrementAndGet();
        CompletableFuture.runAsync(() -> {
            session.update(path, onDisk);
            clearJournal();
        }, background);
    }

    /** Writes the unsaved text to the journal (off the UI thread) so a crash loses at most a few seconds. */
    public void journalNow() {
        if (support.journal().isEmpty() || !isDirty() || disposed) {
            return;
        }
        String mine = text.get();
        String disk = savedText.get();
        CompletableFuture.runAsync(() -> {
            try {
                support.journal().get().record(path, mine, disk);
            } catch (java.io.IOException e) {
                // The journal is a safety net: a failure to write it must not disturb editing.
                System.err.println("postwright: could not journal " + path + ": " + e.getMessage());
            }
        }, background);
    }

    private void clearJournal() {
        support.journal().ifPresent(j -> {
            try {
                j.clear(path);
            } catch (java.io.IOException e) {
                System.err.println("postwright: could not clear the journal of " + path + ": " + e.getMessage());
            }
        });
    }

    /** How the view replaces the editor's whole text (reload from disk, take theirs). */
    public void setEditorReplacer(Consumer<String> replacer) {
        this.editorReplacer = replacer;
    }

    /**
     * The file changed on disk (the watcher saw it): reload a clean tab silently, flag a conflict on a dirty one,
     * keep the text of a deleted one. {@code diskNow} is empty when the file is gone.
     */
    public void diskChanged(java.util.Optional<String> diskNow) {
        diskChanged(dev.postwright.post.ExternalChange.Seen.ofText(diskNow));
    }

    /**
     * As {@link #diskChanged(java.util.Optional)}, from {@code ExternalChange.Seen.of(path)}: also notices a file
     * deleted and re-created as something that is not text (a conflict, never reloaded or silently overwritten).
     */
    public void diskChanged(dev.postwright.post.ExternalChange.Seen seen) {
        java.util.Optional<String> diskNow = seen.text();
        if (diskNow.isPresent() && diskNow.get().equals(text.get())) {
            savedText.set(diskNow.get()); // our own save, or the same edit made elsewhere
            diskFingerprint = seen.fingerprint() != null ? seen.fingerprint() : diskFingerprint;
            diskState.set(DiskState.IN_SYNC);
            return;
        }
        switch (dev.postwright.post.ExternalChange.decide(seen, savedText.get(), diskFingerprint, isDirty())) {
            case NONE -> diskState.set(DiskState.IN_SYNC);
            case RELOAD -> {
                savedText.set(diskNow.get());
                diskFingerprint = seen.fingerprint();
                editorReplacer.accept(diskNow.get());
                diskState.set(DiskState.IN_SYNC);
            }
            case CONFLICT -> showConflict(seen);
            case DELETED -> diskState.set(DiskState.DELETED);
        }
    }

    private void showConflict(dev.postwright.post.ExternalChange.Seen seen) {
        if (!seen.exists()) {
            theirsFingerprint = null;
            diskState.set(DiskState.DELETED);
            return;
        }
        theirsReadable = seen.text().isPresent();
        theirs.set(seen.text().orElse(""));
        theirsFingerprint = seen.fingerprint();
        diskState.set(DiskState.CONFLICT);
    }

    /** Whether the other version in a conflict is text (false: a binary or special file took the post's place). */
    public boolean theirsReadable() {
        return theirsReadable;
    }

    /** Conflict: keep the tab's text; the next save overwrites the other change (the one shown, no other). */
    public void keepMine() {
        savedText.set(theirs.get());
        diskFingerprint = theirsFingerprint;
        diskState.set(DiskState.IN_SYNC);
    }

    /** Conflict: replace the tab's text with the file on disk (nothing to take when it is not text). */
    public void takeTheirs() {
        if (!theirsReadable) {
            return;
        }
        diskFingerprint = theirsFingerprint;
        String disk = theirs.get();
        savedText.set(disk);
        editorReplacer.accept(disk);
        diskState.set(DiskState.IN_SYNC);
        CompletableFuture.runAsync(this::clearJournal, background);
    }

    public ObjectProperty<DiskState> diskStateProperty() {
        return diskState;
    }

    /** The text on disk when a conflict was seen. */
    public String theirsText() {
        return theirs.get();
    }

    public String savedText() {
        return savedText.get();
    }

    private volatile boolean disposed;

    /** The tab closed: results still in flight are dropped. */
    public void dispose() {
        disposed = true;
        generation.incrementAndGet();
    }

    public void setOnAnalysed(Consumer<PostTabViewModel> listener) {
        this.onAnalysed = listener;
    }

    public Path path() {
        return path;
    }

    public SiteSession session() {
        return session;
    }

    public LoadedText loaded() {
        return loaded;
    }

    public String getText() {
        return text.get();
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyObjectProperty<PostAnalysis> analysisProperty() {
        return analysis;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** "412 words · 3 min read · /posts/x/" for the status bar. */
    public String summaryText() {
        PostAnalysis a = analysis.get();
        if (a == null) {
            return "";
        }
        TextStats t = textStats(a);
        return t.words() + (t.words() == 1 ? " word" : " words") + " · " + t.minutes() + " min read · "
                + a.summary().url();
    }

    /** Words and reading time of a post's body. */
    public record TextStats(int words, int minutes) {
        static TextStats of(PostAnalysis a) {
            int words = ReadingTime.words(a.frontmatter().body());
            return new TextStats(words, ReadingTime.minutesFor(words));
        }
    }

    private TextStats stats;
    private PostAnalysis statsOf;

    /**
     * Words and reading time of {@code a}'s body: counted off the UI thread with each analysis made while typing,
     * so the status bar and the preview header, which ask on every keystroke, do not count a long post again.
     */
    public TextStats textStats(PostAnalysis a) {
        if (statsOf != a) {
            stats = TextStats.of(a);
            statsOf = a;
        }
        return stats;
    }
}
