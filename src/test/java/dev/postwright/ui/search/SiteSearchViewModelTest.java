package dev.postwright.ui.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.AppliedChanges;
import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.SearchQuery;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search window's state without a toolkit: work and UI updates run on the calling thread. */
class SiteSearchViewModelTest {

    private static final Clock CLOCK = TestClocks.MARCH_2026;
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;

    private Path a;
    private Path b;
    private SiteSession session;
    private final Map<Path, String> unsaved = new HashMap<>();
    private SiteSearchViewModel vm;

    @BeforeEach
    void site() throws Exception {
        Path blog = Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        a = write(blog.resolve("a.md"), "Alpha", "Pressure canning is safe.\n");
        b = write(blog.resolve("b.md"), "Beta", "No canning here, only canning talk.\n");
        session = SiteSession.open(root, new MarkdownEngine(), CLOCK);
        vm = new SiteSearchViewModel(() -> session, () -> unsaved, Optional.empty(), NOW, NOW);
    }

    private static Path write(Path p, String title, String body) throws Exception {
        Files.writeString(p, "---\ntitle: " + title + "\npubDatetime: 2024-01-02T10:00:00Z\n---\n" + body);
        return p.toAbsolutePath().normalize();
    }

    @Test
    void searchListsEachPostWithItsMatchesAndSaysHowMany() throws Exception {
        vm.queryProperty().set("canning");
        vm.search().get(5, TimeUnit.SECONDS);
        assertEquals(2, vm.results().size());
        assertEquals(a, vm.results().get(0).path());
        assertEquals(2, vm.results().get(1).hits().size());
        assertEquals("3 matches in 2 posts (2 searched).", vm.statusProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void anEmptyOrBrokenQueryIsExplainedAndNothingRuns() throws Exception {
        assertNull(vm.search().get(5, TimeUnit.SECONDS));
        assertEquals("Type something to search for.", vm.statusProperty().get());
        vm.queryProperty().set("[");
        vm.regexProperty().set(true);
        vm.search().get(5, TimeUnit.SECONDS);
        assertTrue(vm.statusProperty().get().startsWith("The regular expression is not valid"));
        assertTrue(vm.results().isEmpty());
    }

    @Test
    void optionsReachTheQuery() {
        vm.queryProperty().set("x");
        vm.wholeWordProperty().set(true);
        vm.matchCaseProperty().set(true);
        vm.scopeProperty().set(SearchQuery.Scope.FIELD);
        vm.fieldProperty().set("title");
        assertEquals(new SearchQuery("x", false, true, true, SearchQuery.Scope.FIELD, "title"), vm.currentQuery());
    }

    @Test
    void replaceIsPlannedThenWrittenThenUndoneAsAWhole() throws Exception {
        byte[] aBefore = Files.readAllBytes(a);
        byte[] bBefore = Files.readAllBytes(b);
        vm.queryProperty().set("canning");
        vm.replacementProperty().set("preserving");
        ChangePlan plan = vm.planReplace().get(5, TimeUnit.SECONDS);
        assertEquals(2, plan.changes().size());
        assertEquals(
                "3 replacements in 2 posts: check them, then write.",
                vm.statusProperty().get());
        assertArrayEquals(aBefore, Files.readAllBytes(a)); // planning writes nothing

        AppliedChanges[] seen = new AppliedChanges[1];
        vm.setOnWritten(x -> seen[0] = x);
        AppliedChanges applied = vm.apply(plan, false).get(5, TimeUnit.SECONDS);
        assertEquals(2, applied.written().size());
        assertTrue(Files.readString(b).endsWith("No preserving here, only preserving talk.\n"));
        assertTrue(vm.canUndoProperty().get());
        assertTrue(seen[0] == applied);
        // the session sees the written text: a new search finds the new word
        vm.queryProperty().set("preserving");
        vm.search().get(5, TimeUnit.SECONDS);
        assertEquals(2, vm.results().size());

        vm.undo().get(5, TimeUnit.SECONDS);
        assertArrayEquals(aBefore, Files.readAllBytes(a));
        assertArrayEquals(bBefore, Files.readAllBytes(b));
        assertFalse(vm.canUndoProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Undid 'Replace 'canning' with 'preserving'': 2 posts"));
    }

    @Test
    void anUnsavedTabIsSearchedInItsTextAndLeftOutOfAReplaceUnlessIncluded() throws Exception {
        unsaved.put(a, Files.readString(a).replace("Pressure canning", "Water bath canning and more canning"));
        vm.queryProperty().set("canning");
        vm.search().get(5, TimeUnit.SECONDS);
        assertEquals(2, vm.results().get(0).hits().size());
        assertTrue(vm.results().get(0).unsaved());
        vm.replacementProperty().set("jarring");
        ChangePlan plan = vm.planReplace().get(5, TimeUnit.SECONDS);
        AppliedChanges applied = vm.apply(plan, false).get(5, TimeUnit.SECONDS);
        assertEquals(1, applied.written().size());
        assertEquals(1, applied.skipped().size());
        assertTrue(
                vm.statusProperty().get().contains("has unsaved edits in its tab"),
                vm.statusProperty().get());
        assertTrue(Files.readString(a).contains("Pressure canning"));
    }
}
