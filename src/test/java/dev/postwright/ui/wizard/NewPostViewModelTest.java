package dev.postwright.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestPools;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs without a window; the FX toolkit is only needed for runLater and the debounce timer. */
class NewPostViewModelTest {

    private static final String DESCRIPTION = "How a fresh loaf comes together on a weekday evening.";

    @TempDir
    Path root;

    private final ExecutorService executor = TestPools.daemon(2, "test-worker");
    private NewPostViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        SiteSession session = WizardSite.create(root);
        vm = fx(() -> new NewPostViewModel(session.site(), session.index(), WizardSite.CLOCK, executor));
    }

    @AfterEach
    void stop() throws Exception {
        run(vm::dispose);
        executor.shutdownNow();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
    }

    private void run(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Sets inputs on the FX thread and waits for the plan made from them. */
    private void enter(Runnable inputs) throws Exception {
        run(inputs);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !fx(() -> vm.planningProperty().get()));
    }

    private List<String> refusals() throws Exception {
        return fx(() -> List.copyOf(vm.refusals()));
    }

    @Test
    void slugFollowsTheTitleUntilEditedAndCanBeReset() throws Exception {
        run(() -> vm.titleProperty().set("Crumb & Crust: Day 1"));
        assertEquals("crumb-crust-day-1", fx(() -> vm.slugProperty().get()));
        assertFalse(fx(() -> vm.slugEditedProperty().get()));

        run(() -> vm.slugProperty().set("crumb"));
        run(() -> vm.titleProperty().set("Crumb & Crust: Day 2"));
        assertEquals("crumb", fx(() -> vm.slugProperty().get()));
        assertTrue(fx(() -> vm.slugEditedProperty().get()));

        run(vm::resetSlug);
        assertEquals("crumb-crust-day-2", fx(() -> vm.slugProperty().get()));
        assertFalse(fx(() -> vm.slugEditedProperty().get()));
    }

    @Test
    void plansPathAndUrlRelativeToTheSiteRoot() throws Exception {
        enter(() -> {
            vm.titleProperty().set("Fresh Bread");
            vm.descriptionProperty().set(DESCRIPTION);
        });
        assertEquals(
                "src/data/blog/fresh-bread.md",
                fx(() -> vm.plannedPathProperty().get()));
        assertEquals("/posts/fresh-bread/", fx(() -> vm.plannedUrlProperty().get()));
        assertEquals(List.of(), refusals());
        assertTrue(fx(() -> vm.canCreate().get()));
    }

    @Test
    void blankTitlePlansNothingAndCannotCreate() throws Exception {
        enter(() -> vm.descriptionProperty().set(DESCRIPTION));
        assertEquals("", fx(() -> vm.plannedPathProperty().get()));
        assertEquals(List.of(), refusals(), "no red text before the writer typed a title");
        assertFalse(fx(() -> vm.canCreate().get()));
    }

    @Test
    void takenFileIsRefusedNamingTheExistingPost() throws Exception {
        enter(() -> {
            vm.titleProperty().set("Existing post");
            vm.descriptionProperty().set(DESCRIPTION);
        });
        List<String> r = refusals();
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).contains("src/data/blog/existing-post.md already exists"), r.get(0));
        assertTrue(r.get(0).contains("An existing post"), r.get(0));
        assertTrue(r.get(0).endsWith("or edit the slug."), "worded for the wizard, not the CLI: " + r.get(0));
        assertFalse(fx(() -> vm.canCreate().get()));
    }

    @Test
    void takenUrlIsRefusedNamingThePostThatHasIt() throws Exception {
        enter(() -> {
            vm.titleProperty().set("My starter");
            vm.slugProperty().set("starter-notes");
            vm.descriptionProperty().set(DESCRIPTION);
        });
        List<String> r = refusals();
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).contains("/posts/starter-notes/"), r.get(0));
        assertTrue(r.get(0).contains("src/data/blog/notes-2026.md"), r.get(0));

        enter(() -> vm.slugProperty().set("my-starter"));
        assertEquals(List.of(), refusals());
    }

    @Test
    void invalidSlugIsRefused() throws Exception {
        enter(() -> {
            vm.titleProperty().set("Rye");
            vm.slugProperty().set("Rye Bread");
            vm.descriptionProperty().set(DESCRIPTION);
        });
        assertTrue(
                refusals().get(0).contains("'Rye Bread' is not valid"),
                refusals().toString());
    }

    @Test
    void missingDescriptionIsRefusedAsTheSchemaRequiresIt() throws Exception {
        enter(() -> vm.titleProperty().set("Fresh Bread"));
        List<String> r = refusals();
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).startsWith("description is required"), r.get(0));
        assertTrue(r.get(0).endsWith("fill in the description."), r.get(0));

        enter(() -> vm.descriptionProperty().set("   "));
        assertEquals(1, refusals().size(), "blank counts as missing");
    }

    @Test
    void createWritesThePostAndCompletesWithItsPath() throws Exception {
        enter(() -> {
            vm.titleProperty().set("Fresh Bread");
            vm.descriptionProperty().set(DESCRIPTION);
            vm.setTagsText("Sourdough, weekday");
        });
        Path created = fx(vm::create).get(5, TimeUnit.SECONDS);
        assertEquals(
                root.resolve("src/data/blog/fresh-bread.md").toAbsolutePath().normalize(), created);
        String text = Files.readString(created);
        assertTrue(text.contains("title: Fresh Bread\n"), text);
        assertTrue(text.contains("draft: true\n"), "drafts by default: " + text);
        assertTrue(text.contains("tags: [sourdough, weekday]\n"), text);
        assertTrue(text.contains("description: " + DESCRIPTION + "\n"), text);
        assertFalse(fx(() -> vm.busyProperty().get()));
    }

    @Test
    void createRefusesWhenTheFileAppearedMeanwhile() throws Exception {
        enter(() -> {
            vm.titleProperty().set("Fresh Bread");
            vm.descriptionProperty().set(DESCRIPTION);
        });
        assertTrue(fx(() -> vm.canCreate().get()));
        Path file = root.resolve("src/data/blog/fresh-bread.md");
        Files.writeString(file, "written by someone else\n");

        ExecutionException e = Assertions.assertThrows(
                ExecutionException.class, () -> fx(vm::create).get(5, TimeUnit.SECONDS));
        NewPostRefusedException refused = assertInstanceOf(NewPostRefusedException.class, e.getCause());
        assertTrue(
                refused.refusals().get(0).contains("already exists"),
                refused.refusals().toString());
        assertEquals(refused.refusals(), refusals(), "the dialog shows why");
        assertEquals("written by someone else\n", Files.readString(file));
        assertFalse(fx(() -> vm.canCreate().get()));
    }

    @Test
    void typedTagsTakeTheSitesSpelling() throws Exception {
        enter(() -> vm.setTagsText("Sourdough, , Baking , bread, sourdough"));
        assertEquals(List.of("sourdough", "baking", "bread"), fx(() -> List.copyOf(vm.tags())));
        List<String> notes = fx(() -> List.copyOf(vm.tagNotes()));
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("Sourdough → sourdough"), notes.get(0));
        assertTrue(notes.get(0).contains("2 posts"), notes.get(0));
        assertEquals("sourdough, baking, bread", fx(vm::tagsText));
    }

    @Test
    void suggestsTagsInUseMostUsedFirstWithoutChosenOnes() throws Exception {
        assertEquals(
                List.of("sourdough (2)", "baking (1)"),
                fx(() ->
                        vm.tagSuggestions("").stream().map(TagSuggestion::label).toList()));
        assertEquals(
                List.of("sourdough (2)"),
                fx(() -> vm.tagSuggestions("SOUR").stream()
                        .map(TagSuggestion::label)
                        .toList()));
        run(() -> vm.setTagsText("sourdough"));
        assertEquals(
                List.of("baking (1)"),
                fx(() ->
                        vm.tagSuggestions("").stream().map(TagSuggestion::label).toList()));
    }

    @Test
    void descriptionCounterCountsCharactersAgainst160() throws Exception {
        run(() -> vm.descriptionProperty().set("Brød é"));
        assertEquals("6 / 160", fx(() -> vm.descriptionCounter().get()));
    }
}
