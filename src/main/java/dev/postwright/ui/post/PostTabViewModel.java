package dev.postwright.ui.post;

import dev.postwright.post.ExternalChange;
import dev.postwright.post.LoadedText;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.online.OnlineLinkChecker;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.post.DiskState;
import dev.postwright.workspace.post.OpenPost;
import dev.postwright.workspace.post.SaveOutcome;
import dev.postwright.workspace.post.SaveSupport;
import dev.postwright.workspace.post.TextStats;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
 * One open post in a tab: the JavaFX properties the view binds to, mirroring an {@link OpenPost}, which holds the
 * behaviour (save gating, disk sync, the journal, online results, analysis scheduling) and hands its results to
 * the JavaFX thread.
 */
public final class PostTabViewModel {

    /** See {@link OpenPost#ANALYSIS_QUIET_MILLIS}. */
    static final long ANALYSIS_QUIET_MILLIS = OpenPost.ANALYSIS_QUIET_MILLIS;
    /** See {@link OpenPost#ANALYSIS_MAX_WAIT_MILLIS}. */
    static final long ANALYSIS_MAX_WAIT_MILLIS = OpenPost.ANALYSIS_MAX_WAIT_MILLIS;

    private final OpenPost post;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty savedText = new SimpleStringProperty("");
    private final ObjectProperty<PostAnalysis> analysis = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<DiskState> diskState = new SimpleObjectProperty<>(DiskState.IN_SYNC);
    private final BooleanBinding dirty;
    private Consumer<PostTabViewModel> onAnalysed = vm -> {};

    private PostTabViewModel(OpenPost post) {
        this.post = post;
        text.set(post.text());
        savedText.set(post.savedText());
        dirty = Bindings.createBooleanBinding(() -> !text.get().equals(savedText.get()), text, savedText);
        analysis.set(post.analysis());
        problems.setAll(post.problems());
        post.setListener(new OpenPost.Listener() {
            @Override
            public void analysed(PostAnalysis a, List<Problem> all) {
                analysis.set(a);
                if (!problems.equals(all)) { // the same list again would still make the problems table lay out anew
                    problems.setAll(all);
                }
                onAnalysed.accept(PostTabViewModel.this);
            }

            @Override
            public void savedTextChanged(String saved) {
                savedText.set(saved);
            }

            @Override
            public void diskStateChanged(DiskState state) {
                diskState.set(state);
            }
        });
    }

    /** Reads and analyses the post off the UI thread; completes on the UI thread. */
    public static CompletableFuture<PostTabViewModel> load(Path path, SiteSession session, Executor background) {
        return load(path, session, background, SaveSupport.none());
    }

    /** As {@link #load(Path, SiteSession, Executor)}, keeping backups and a journal as {@code support} says. */
    public static CompletableFuture<PostTabViewModel> load(
            Path path, SiteSession session, Executor background, SaveSupport support) {
        return load(path, session, background, support, false);
    }

    /**
     * As above; with {@code asWindows1252} a file that is not valid UTF-8 is decoded as Windows-1252, and saving
     * it writes UTF-8 (the repair the writer asked for).
     */
    public static CompletableFuture<PostTabViewModel> load(
            Path path, SiteSession session, Executor background, SaveSupport support, boolean asWindows1252) {
        CompletableFuture<PostTabViewModel> result = new CompletableFuture<>();
        // whenComplete, not thenApply: the opener sees the PostReadException itself (its message, the reopen offer)
        OpenPost.load(path, session, background, Platform::runLater, support, asWindows1252)
                .whenComplete((post, err) -> {
                    if (err != null) {
                        result.completeExceptionally(err);
                    } else {
                        result.complete(new PostTabViewModel(post));
                    }
                });
        return result;
    }

    /** The FX-free open post behind this tab. */
    public OpenPost post() {
        return post;
    }

    /**
     * The writer changed the text: re-analyse it off the UI thread once it rests for
     * {@link #ANALYSIS_QUIET_MILLIS}; only the newest result is shown.
     */
    public void setText(String newText) {
        if (newText.equals(text.get())) {
            return;
        }
        text.set(newText);
        post.setText(newText);
    }

    /**
     * Checks the post's external links over the network (cached, bounded, one request per host at a time) and
     * adds {@code link.online} problems for the broken ones. Completes on the UI thread with the number checked.
     */
    public CompletableFuture<Integer> checkLinksOnline(OnlineLinkChecker checker) {
        return post.checkLinksOnline(checker);
    }

    /**
     * Saves the current text: validates it first and, unless {@code force}, refuses when it has errors.
     * The write is atomic and keeps the file's BOM, charset and line endings.
     */
    public CompletableFuture<SaveOutcome> save(boolean force) {
        return save(force, false);
    }

    /** See {@link OpenPost#save(boolean, boolean)}. */
    public CompletableFuture<SaveOutcome> save(boolean force, boolean overwrite) {
        return post.save(force, overwrite);
    }

    /** Forgets unsaved edits in the site index (the tab closes without saving). */
    public void discard() {
        post.discard();
    }

    /** Writes the unsaved text to the journal (off the UI thread) so a crash loses at most a few seconds. */
    public void journalNow() {
        post.journalNow();
    }

    /** How the view replaces the editor's whole text (reload from disk, take theirs). */
    public void setEditorReplacer(Consumer<String> replacer) {
        post.setEditorReplacer(replacer);
    }

    /**
     * The file changed on disk (the watcher saw it): reload a clean tab silently, flag a conflict on a dirty one,
     * keep the text of a deleted one. {@code diskNow} is empty when the file is gone.
     */
    public void diskChanged(Optional<String> diskNow) {
        diskChanged(ExternalChange.Seen.ofText(diskNow));
    }

    /** See {@link OpenPost#diskChanged(ExternalChange.Seen)}. */
    public void diskChanged(ExternalChange.Seen seen) {
        post.diskChanged(seen);
    }

    /** Whether the other version in a conflict is text (false: a binary or special file took the post's place). */
    public boolean theirsReadable() {
        return post.theirsReadable();
    }

    /** Conflict: keep the tab's text; the next save overwrites the other change (the one shown, no other). */
    public void keepMine() {
        post.keepMine();
    }

    /** Conflict: replace the tab's text with the file on disk (nothing to take when it is not text). */
    public void takeTheirs() {
        post.takeTheirs();
    }

    public ObjectProperty<DiskState> diskStateProperty() {
        return diskState;
    }

    /** The text on disk when a conflict was seen. */
    public String theirsText() {
        return post.theirsText();
    }

    public String savedText() {
        return savedText.get();
    }

    /** The tab closed: results still in flight are dropped. */
    public void dispose() {
        post.dispose();
    }

    public void setOnAnalysed(Consumer<PostTabViewModel> listener) {
        this.onAnalysed = listener;
    }

    public Path path() {
        return post.path();
    }

    public SiteSession session() {
        return post.session();
    }

    public LoadedText loaded() {
        return post.loaded();
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
        return post.summaryText();
    }

    /** See {@link OpenPost#textStats(PostAnalysis)}. */
    public TextStats textStats(PostAnalysis a) {
        return post.textStats(a);
    }
}
