package dev.postwright.workspace.post;

import dev.postwright.post.ExternalChange;
import dev.postwright.post.LoadedText;
import dev.postwright.post.PostConflictException;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.post.PostWriteException;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.Failures;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.validation.online.OnlineLinkChecker;
import dev.postwright.workspace.SiteSession;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One open post, without JavaFX: its text as the writer has it now, the text on disk, the latest analysis and
 * problems, saving gated by validation (atomic writes checked against the disk's fingerprint, backups, the
 * journal), disk changes and conflicts, online link results and word counts. Parsing, validation and file I/O
 * run on the background executor; every result is handed to the {@code ui} executor, and all methods are called
 * there (on the JavaFX thread in the window, a direct executor in tests).
 */
public final class OpenPost {

    private static final Logger LOG = System.getLogger(OpenPost.class.getName());

    /**
     * How long the text must rest after a change before it is analysed. The keystroke's frame is painted first,
     * without an analysis competing with it for the processor (on a two-core machine, analysing a 100 KB post
     * at once made the typed character appear a frame later), and a burst of keys is analysed once.
     */
    public static final long ANALYSIS_QUIET_MILLIS = 40;
    /** A writer who never pauses still gets problems and preview updated this often. */
    public static final long ANALYSIS_MAX_WAIT_MILLIS = 300;

    /** What the adapter (the tab's view model) mirrors into its properties; called on the UI executor. */
    public interface Listener {
        /** A newer analysis, with the problems to show for it (the site's, plus broken links found online). */
        default void analysed(PostAnalysis analysis, List<Problem> problems) {}

        /** The text the tab knows to be on disk changed (saved, reloaded, a conflict resolved). */
        default void savedTextChanged(String savedText) {}

        default void diskStateChanged(DiskState state) {}
    }

    private final Path path;
    private final SiteSession session;
    private final Executor background;
    private final Executor ui;
    private final LoadedText loaded;
    private final SaveSupport support;
    private final PostJournal journal;
    private final QuietQueue<String> analyses;
    private final AtomicLong generation = new AtomicLong();
    private Listener listener = new Listener() {};
    private Consumer<String> editorReplacer = t -> {};

    private String text;
    private String savedText;
    private PostAnalysis analysis;
    private List<Problem> problems = List.of();
    private TextStats stats;
    private PostAnalysis statsOf;
    private final OnlineResults online = new OnlineResults();
    private String savedUrl = "";
    private boolean savedPublished;

    private DiskState diskState = DiskState.IN_SYNC;
    private final DiskVersions disk;
    private volatile boolean disposed;

    private OpenPost(
            Path path,
            SiteSession session,
            Executor background,
            Executor ui,
            LoadedText loaded,
            PostAnalysis first,
            SaveSupport support) {
        this.path = path.toAbsolutePath().normalize();
        this.session = session;
        this.background = background;
        this.ui = ui;
        this.support = support;
        this.journal = new PostJournal(support.journal(), this.path);
        this.analyses = new QuietQueue<>(background, ANALYSIS_QUIET_MILLIS, ANALYSIS_MAX_WAIT_MILLIS, this::analyse);
        this.loaded = loaded;
        this.disk = new DiskVersions(loaded.fingerprint());
        this.text = loaded.text();
        this.savedText = loaded.text();
        apply(first, null);
        rememberPublished(first);
    }

    /** The file read and analysed together, off the UI thread. */
    private record Opened(LoadedText loaded, PostAnalysis first) {}

    /**
     * Reads and analyses the post on {@code background}; completes on {@code ui}. With {@code asWindows1252} a file
     * that is not valid UTF-8 is decoded as Windows-1252, and saving it writes UTF-8 (the repair the writer asked
     * for).
     */
    public static CompletableFuture<OpenPost> load(
            Path path,
            SiteSession session,
            Executor background,
            Executor ui,
            SaveSupport support,
            boolean asWindows1252) {
        CompletableFuture<OpenPost> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                LoadedText loaded = asWindows1252
                                        ? reencoded(PostFile.readAsWindows1252(path))
                                        : PostFile.read(path);
                                return new Opened(loaded, session.update(path, loaded.text()));
                            } catch (PostReadException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background)
                .whenComplete((opened, err) -> ui.execute(() -> {
                    if (err != null) {
                        result.completeExceptionally(
                                err instanceof CompletionException && err.getCause() != null ? err.getCause() : err);
                    } else {
                        result.complete(
                                new OpenPost(path, session, background, ui, opened.loaded(), opened.first(), support));
                    }
                }));
        return result;
    }

    private static LoadedText reencoded(LoadedText cp1252) {
        return new LoadedText(
                cp1252.text(),
                false,
                StandardCharsets.UTF_8,
                cp1252.size(),
                cp1252.readOnlyReason(),
                cp1252.fingerprint());
    }

    /** The URL readers know the post by, and whether they could already read it (not a draft, date passed). */
    private void rememberPublished(PostAnalysis a) {
        savedUrl = a.summary().url();
        LocalDate today = LocalDate.now(session.clock());
        savedPublished = !a.summary().draft()
                && a.summary()
                        .pubDate()
                        .map(d -> !PostSummaries.localDate(d).isAfter(today))
                        .orElse(false);
    }

    /**
     * The writer changed the text: re-analyse it off the UI thread once it rests for
     * {@link #ANALYSIS_QUIET_MILLIS}; only the newest result is shown.
     */
    public void setText(String newText) {
        if (newText.equals(text)) {
            return;
        }
        text = newText;
        if (disposed) {
            return;
        }
        generation.incrementAndGet();
        analyses.offer(newText);
    }

    /** On the background executor, one run at a time. */
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
            LOG.log(Level.WARNING, "could not analyse " + path.getFileName() + ": " + e);
            return;
        }
        TextStats counted = TextStats.of(a); // counted here: a long post takes milliseconds to count
        ui.execute(() -> {
            if (gen == generation.get() && next.equals(text)) {
                apply(a, counted);
            }
        });
    }

    private void apply(PostAnalysis a, TextStats counted) {
        if (counted != null) {
            stats = counted;
            statsOf = a;
        }
        analysis = a;
        // positions follow the current text: the online results are per URL, their problems are placed anew
        problems = online.addTo(session.problems(path), a);
        listener.analysed(a, problems);
    }

    /**
     * Checks the post's external links over the network (cached, bounded, one request per host at a time) and
     * adds {@code link.online} problems for the broken ones. Completes on the UI executor with the number checked.
     */
    public CompletableFuture<Integer> checkLinksOnline(OnlineLinkChecker checker) {
        PostAnalysis a = analysis;
        if (a == null) {
            return CompletableFuture.completedFuture(0);
        }
        var urls = OnlineLinkChecker.externalUrls(a);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        checker.check(urls)
                .whenComplete((results, err) -> ui.execute(() -> {
                    if (err != null) {
                        done.completeExceptionally(err);
                        return;
                    }
                    online.set(checker, results);
                    if (analysis != null) {
                        apply(analysis, null);
                    }
                    done.complete(urls.size());
                }));
        return done;
    }

    /** A save worked out on the background executor: the analysis it validated, and what came of it. */
    private record SaveResult(PostAnalysis analysis, SaveOutcome outcome, Optional<ExternalChange.Seen> conflict) {
        SaveResult(PostAnalysis analysis, SaveOutcome outcome) {
            this(analysis, outcome, Optional.empty());
        }
    }

    /**
     * Saves the current text: validates it first and, unless {@code force}, refuses when it has errors. The write
     * is atomic and keeps the file's BOM, charset and line endings. Unless {@code overwrite}, a post showing a
     * conflict is not written (the outcome is {@link SaveOutcome.Conflict}), nor is a file that changed on disk
     * since this post was read or saved (checked by content just before the move). With {@code overwrite} the
     * writer said yes to replacing the other version they were shown (and only that one).
     */
    public CompletableFuture<SaveOutcome> save(boolean force, boolean overwrite) {
        String toWrite = text;
        CompletableFuture<SaveOutcome> result = new CompletableFuture<>();
        if (loaded.readOnly()) {
            result.complete(new SaveOutcome.Failed(path.getFileName() + " is open read-only: "
                    + loaded.readOnlyReason().get()));
            return result;
        }
        if (diskState == DiskState.CONFLICT && !overwrite) {
            result.complete(new SaveOutcome.Conflict(path.getFileName() + " was changed on disk by another "
                    + "program. Saving would overwrite that version."));
            return result;
        }
        String expected = disk.expected(overwrite, diskState);
        long gen = generation.incrementAndGet();
        CompletableFuture.supplyAsync(() -> write(toWrite, force, expected), background)
                .whenComplete((done, err) -> ui.execute(() -> {
                    if (err != null) {
                        result.complete(new SaveOutcome.Failed("Could not save " + path.getFileName() + ": "
                                + Failures.describe(err.getCause() != null ? err.getCause() : err)));
                        return;
                    }
                    result.complete(saved(done, toWrite, gen));
                }));
        return result;
    }

    /** On the background executor: validate, then write unless blocked. */
    private SaveResult write(String toWrite, boolean force, String expected) {
        PostAnalysis a = session.update(path, toWrite);
        List<Problem> errors = session.problems(path).stream()
                .filter(p -> p.severity() == Severity.ERROR)
                .toList();
        if (!errors.isEmpty() && !force) {
            return new SaveResult(a, new SaveOutcome.Blocked(errors));
        }
        try {
            PostFile.writeAtomic(
                    path,
                    toWrite,
                    loaded.bom(),
                    loaded.charset(),
                    support.backups().orElse(null),
                    session.site().root(),
                    expected);
            disk.nowOnDisk(PostFile.fingerprintOf(toWrite, loaded.bom(), loaded.charset()));
            journal.clear();
            return new SaveResult(a, new SaveOutcome.Saved());
        } catch (PostConflictException e) {
            return new SaveResult(
                    a, new SaveOutcome.Conflict(e.getMessage()), Optional.of(ExternalChange.Seen.of(path)));
        } catch (PostWriteException e) {
            return new SaveResult(a, new SaveOutcome.Failed(e.getMessage()));
        }
    }

    /** On the UI executor: show the save's analysis and disk state, and tell a moved published URL. */
    private SaveOutcome saved(SaveResult done, String written, long gen) {
        if (gen == generation.get()) {
            apply(done.analysis(), null);
        }
        done.conflict().ifPresent(this::showConflict);
        if (!(done.outcome() instanceof SaveOutcome.Saved)) {
            return done.outcome();
        }
        setSavedText(written);
        setDiskState(DiskState.IN_SYNC);
        String oldUrl = savedUrl;
        boolean wasPublished = savedPublished;
        rememberPublished(done.analysis());
        if (wasPublished && !SiteIndex.normalizeUrl(oldUrl).equals(SiteIndex.normalizeUrl(savedUrl))) {
            return new SaveOutcome.SavedWithNewUrl(oldUrl, savedUrl);
        }
        return done.outcome();
    }

    /** Forgets unsaved edits in the site index (the tab closes without saving). */
    public void discard() {
        String onDisk = savedText;
        generation.incrementAndGet();
        CompletableFuture.runAsync(
                () -> {
                    session.update(path, onDisk);
                    journal.clear();
                },
                background);
    }

    /** Writes the unsaved text to the journal (off the UI thread) so a crash loses at most a few seconds. */
    public void journalNow() {
        if (!journal.kept() || !isDirty() || disposed) {
            return;
        }
        String mine = text;
        String onDisk = savedText;
        CompletableFuture.runAsync(() -> journal.record(mine, onDisk), background);
    }

    /**
     * The file changed on disk (the watcher saw it), as {@code ExternalChange.Seen.of(path)} found it: reload a
     * clean post silently, flag a conflict on a dirty one (also when the file was re-created as something that is
     * not text: never reloaded or silently overwritten), keep the text of a deleted one.
     */
    public void diskChanged(ExternalChange.Seen seen) {
        Optional<String> diskNow = seen.text();
        if (diskNow.isPresent() && diskNow.get().equals(text)) {
            setSavedText(diskNow.get()); // our own save, or the same edit made elsewhere
            disk.nowOnDisk(seen.fingerprint() != null ? seen.fingerprint() : disk.fingerprint());
            setDiskState(DiskState.IN_SYNC);
            return;
        }
        switch (ExternalChange.decide(seen, savedText, disk.fingerprint(), isDirty())) {
            case NONE -> setDiskState(DiskState.IN_SYNC);
            case RELOAD -> {
                setSavedText(diskNow.get());
                disk.nowOnDisk(seen.fingerprint());
                editorReplacer.accept(diskNow.get());
                setDiskState(DiskState.IN_SYNC);
            }
            case CONFLICT -> showConflict(seen);
            case DELETED -> setDiskState(DiskState.DELETED);
        }
    }

    private void showConflict(ExternalChange.Seen seen) {
        setDiskState(disk.showTheirs(seen) ? DiskState.CONFLICT : DiskState.DELETED);
    }

    /** Conflict: keep the post's text; the next save overwrites the other change (the one shown, no other). */
    public void keepMine() {
        setSavedText(disk.theirs());
        disk.theirsAccepted();
        setDiskState(DiskState.IN_SYNC);
    }

    /** Conflict: replace the post's text with the file on disk (nothing to take when it is not text). */
    public void takeTheirs() {
        if (!disk.theirsReadable()) {
            return;
        }
        disk.theirsAccepted();
        String theirs = disk.theirs();
        setSavedText(theirs);
        editorReplacer.accept(theirs);
        setDiskState(DiskState.IN_SYNC);
        CompletableFuture.runAsync(journal::clear, background);
    }

    private void setSavedText(String saved) {
        savedText = saved;
        listener.savedTextChanged(saved);
    }

    private void setDiskState(DiskState state) {
        diskState = state;
        listener.diskStateChanged(state);
    }

    /** The post closed: results still in flight are dropped. */
    public void dispose() {
        disposed = true;
        generation.incrementAndGet();
    }

    /** Who mirrors this post's state (one listener: the tab's view model). */
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** How the view replaces the editor's whole text (reload from disk, take theirs). */
    public void setEditorReplacer(Consumer<String> replacer) {
        this.editorReplacer = replacer;
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

    public String text() {
        return text;
    }

    public String savedText() {
        return savedText;
    }

    public boolean isDirty() {
        return !text.equals(savedText);
    }

    /** The latest analysis shown (never null once loaded). */
    public PostAnalysis analysis() {
        return analysis;
    }

    /** The problems shown with {@link #analysis()}. */
    public List<Problem> problems() {
        return problems;
    }

    public DiskState diskState() {
        return diskState;
    }

    /** The text on disk when a conflict was seen. */
    public String theirsText() {
        return disk.theirs();
    }

    /** Whether the other version in a conflict is text (false: a binary or special file took the post's place). */
    public boolean theirsReadable() {
        return disk.theirsReadable();
    }

    /** "412 words · 3 min read · /posts/x/" for the status bar. */
    public String summaryText() {
        PostAnalysis a = analysis;
        if (a == null) {
            return "";
        }
        TextStats t = textStats(a);
        return t.words() + (t.words() == 1 ? " word" : " words") + " · " + t.minutes() + " min read · "
                + a.summary().url();
    }

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
