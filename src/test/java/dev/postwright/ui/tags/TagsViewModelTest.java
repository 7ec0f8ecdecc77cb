package dev.postwright.ui.tags;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.ChangePlan;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tags window's state without a toolkit. */
class TagsViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;

    private Path a;
    private Path b;
    private TagsViewModel vm;

    @BeforeEach
    void site() throws Exception {
        Path blog = Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        a = post(blog.resolve("a.md"), "[baking, bread]");
        b = post(blog.resolve("b.md"), "\n  - Baking\n  - bread");
        post(blog.resolve("c.md"), "[baking]");
        SiteSession session = SiteSession.open(root, new MarkdownEngine(), TestClocks.MARCH_2026);
        vm = new TagsViewModel(() -> session, Map::of, Optional.empty(), NOW, NOW);
    }

    private static Path post(Path p, String tags) throws Exception {
        Files.writeString(p, "---\ntitle: T\npubDatetime: 2024-01-02T10:00:00Z\ntags: " + tags + "\n---\nBody.\n");
        return p;
    }

    @Test
    void countsAndNearDuplicateGroupsAreListed() throws Exception {
        vm.refresh().get(5, TimeUnit.SECONDS);
        assertEquals(
                "[Baking  (1 post), baking  (2 posts), bread  (2 posts)]",
                vm.tags().toString());
        assertEquals(1, vm.groups().size());
        assertEquals("baking", vm.groups().get(0).keep());
        assertTrue(vm.statusProperty().get().contains("1 group of near-duplicate spellings"));
    }

    @Test
    void mergingAGroupRewritesOnlyThoseTagsAndUndoRestoresThem() throws Exception {
        vm.refresh().get(5, TimeUnit.SECONDS);
        byte[] bBefore = Files.readAllBytes(b);
        String aBefore = Files.readString(a);
        ChangePlan plan = vm.planMerge(vm.groups().get(0)).get(5, TimeUnit.SECONDS);
        assertEquals(1, plan.changes().size());
        vm.apply(plan, false).get(5, TimeUnit.SECONDS);
        assertEquals(new String(bBefore).replace("  - Baking\n", "  - baking\n"), Files.readString(b));
        assertEquals(aBefore, Files.readString(a));
        assertEquals("[baking  (3 posts), bread  (2 posts)]", vm.tags().toString());
        assertTrue(vm.groups().isEmpty());
        vm.undo().get(5, TimeUnit.SECONDS);
        assertArrayEquals(bBefore, Files.readAllBytes(b));
        assertEquals(1, vm.groups().size());
    }

    @Test
    void renameNeedsTagsAndANewName() throws Exception {
        assertTrue(vm.planRename(Set.of()).get(5, TimeUnit.SECONDS).isEmpty());
        assertEquals("Pick one or more tags first.", vm.statusProperty().get());
        assertTrue(vm.planRename(Set.of("bread")).get(5, TimeUnit.SECONDS).isEmpty());
        assertEquals("Type the new tag name.", vm.statusProperty().get());
        vm.newNameProperty().set("breads");
        assertEquals(
                2,
                vm.planRename(Set.of("bread"))
                        .get(5, TimeUnit.SECONDS)
                        .changes()
                        .size());
    }
}
