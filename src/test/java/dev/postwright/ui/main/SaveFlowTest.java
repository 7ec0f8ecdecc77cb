package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.rename.SlugRenameViewModel;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.workspace.post.SaveOutcome;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The save → blocked → ask → force flow and the conflict → ask → overwrite flow, without a JavaFX toolkit. */
class SaveFlowTest {

    private static final Path FILE = Path.of("/site/src/data/blog/clay.md");
    private static final Problem ERROR =
            new Problem(FILE, 2, 8, Severity.ERROR, "yaml.syntax", "Unclosed list.", Optional.empty());

    private final List<String> log = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private final List<Path> refreshed = new ArrayList<>();
    private final Answers dialogs = new Answers();
    private final SaveFlow flow = new SaveFlow(dialogs, status::add, refreshed::add);

    /** Answers the flow's questions as the test says, and notes what was asked. */
    private final class Answers implements Dialogs {
        SaveWithErrors withErrors = SaveWithErrors.CANCEL;
        boolean overwrite;

        @Override
        public Unsaved askUnsaved(String fileName) {
            throw new AssertionError("not asked by the save flow");
        }

        @Override
        public SaveChoice askSaveWithErrors(String fileName, List<Problem> errors) {
            log.add("ask errors " + fileName + " " + errors.size());
            return new SaveChoice(withErrors, errors.get(0));
        }

        @Override
        public void showError(String title, String message) {
            log.add("error " + title + ": " + message);
        }

        @Override
        public Optional<SlugRenameViewModel.Outcome> offerSlugRename(SlugRenameViewModel vm) {
            throw new AssertionError("not asked by the save flow");
        }

        @Override
        public Restore askRestore(String fileName, String diff) {
            throw new AssertionError("not asked by the save flow");
        }

        @Override
        public boolean askOverwriteChanged(String fileName, String message) {
            log.add("ask overwrite " + fileName);
            return overwrite;
        }
    }

    /** A tab whose saves answer with the given outcomes in turn. */
    private final class Scripted implements SaveFlow.Tab {
        final Deque<SaveOutcome> outcomes;

        Scripted(SaveOutcome... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public Path path() {
            return FILE;
        }

        @Override
        public CompletableFuture<?> beforeSave(boolean force) {
            log.add("before " + force);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<SaveOutcome> save(boolean force, boolean overwrite) {
            log.add("save " + force + " " + overwrite);
            return CompletableFuture.completedFuture(outcomes.removeFirst());
        }

        @Override
        public void goTo(Problem problem) {
            log.add("go to " + problem.line());
        }

        @Override
        public void urlMoved(String oldUrl, String newUrl) {
            log.add("moved " + oldUrl + " -> " + newUrl);
        }
    }

    private SaveOutcome save(SaveFlow.Tab tab) throws Exception {
        CompletableFuture<SaveOutcome> f = flow.save(tab, false, false);
        assertTrue(f.isDone());
        return f.get();
    }

    @Test
    void aCleanSaveIsToldAndTheRowRefreshed() throws Exception {
        assertInstanceOf(SaveOutcome.Saved.class, save(new Scripted(new SaveOutcome.Saved())));
        assertEquals(List.of("before false", "save false false"), log);
        assertEquals(List.of("Saved clay.md"), status);
        assertEquals(List.of(FILE), refreshed);
    }

    @Test
    void errorsAskAndSaveAnywayForcesTheSave() throws Exception {
        dialogs.withErrors = Dialogs.SaveWithErrors.SAVE_ANYWAY;
        SaveOutcome outcome = save(new Scripted(new SaveOutcome.Blocked(List.of(ERROR)), new SaveOutcome.Saved()));
        assertInstanceOf(SaveOutcome.Saved.class, outcome);
        assertEquals(
                List.of("before false", "save false false", "ask errors clay.md 1", "before true", "save true false"),
                log);
        assertEquals(List.of(FILE), refreshed);
    }

    @Test
    void errorsAskAndFixGoesToTheErrorWithoutSaving() throws Exception {
        dialogs.withErrors = Dialogs.SaveWithErrors.FIX;
        assertInstanceOf(SaveOutcome.Blocked.class, save(new Scripted(new SaveOutcome.Blocked(List.of(ERROR)))));
        assertEquals(List.of("before false", "save false false", "ask errors clay.md 1", "go to 2"), log);
        assertTrue(status.isEmpty());
        assertTrue(refreshed.isEmpty());
    }

    @Test
    void errorsAskAndCancelDoesNothingMore() throws Exception {
        dialogs.withErrors = Dialogs.SaveWithErrors.CANCEL;
        assertInstanceOf(SaveOutcome.Blocked.class, save(new Scripted(new SaveOutcome.Blocked(List.of(ERROR)))));
        assertEquals(List.of("before false", "save false false", "ask errors clay.md 1"), log);
        assertTrue(refreshed.isEmpty());
    }

    @Test
    void aConflictIsOverwrittenOnlyAfterAYes() throws Exception {
        dialogs.overwrite = true;
        SaveOutcome outcome = save(new Scripted(new SaveOutcome.Conflict("changed"), new SaveOutcome.Saved()));
        assertInstanceOf(SaveOutcome.Saved.class, outcome);
        assertEquals(
                List.of("before false", "save false false", "ask overwrite clay.md", "before false", "save false true"),
                log);
    }

    @Test
    void aConflictWithoutAYesKeepsBothVersions() throws Exception {
        dialogs.overwrite = false;
        assertInstanceOf(SaveOutcome.Conflict.class, save(new Scripted(new SaveOutcome.Conflict("changed"))));
        assertEquals(List.of("before false", "save false false", "ask overwrite clay.md"), log);
        assertEquals(List.of("Not saved: clay.md changed on disk. Keep Mine, Take Theirs, or merge by hand."), status);
        assertTrue(refreshed.isEmpty());
    }

    @Test
    void aForcedSaveThatMeetsAConflictStaysForcedWhenOverwriting() throws Exception {
        dialogs.withErrors = Dialogs.SaveWithErrors.SAVE_ANYWAY;
        dialogs.overwrite = true;
        save(new Scripted(
                new SaveOutcome.Blocked(List.of(ERROR)), new SaveOutcome.Conflict("changed"), new SaveOutcome.Saved()));
        assertEquals(
                List.of(
                        "before false",
                        "save false false",
                        "ask errors clay.md 1",
                        "before true",
                        "save true false",
                        "ask overwrite clay.md",
                        "before true",
                        "save true true"),
                log);
    }

    @Test
    void aFailureIsShown() throws Exception {
        assertInstanceOf(SaveOutcome.Failed.class, save(new Scripted(new SaveOutcome.Failed("The disk is full."))));
        assertEquals(List.of("before false", "save false false", "error Could not save: The disk is full."), log);
        assertTrue(status.isEmpty());
    }

    @Test
    void aMovedPublishedUrlOffersToUpdateTheLinks() throws Exception {
        save(new Scripted(new SaveOutcome.SavedWithNewUrl("/posts/clay/", "/posts/wet-clay/")));
        assertEquals(List.of("before false", "save false false", "moved /posts/clay/ -> /posts/wet-clay/"), log);
        assertEquals(List.of("Saved clay.md"), status);
        assertEquals(List.of(FILE), refreshed);
    }
}
