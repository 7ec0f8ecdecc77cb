package dev.postwright.ui.linkpicker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link picker's steps without a toolkit: posts, then headings, then the text to insert. */
class LinkPickerViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;

    private SiteSession session;
    private Path from;

    @BeforeEach
    void site() throws Exception {
        Path blog = Files.createDirectories(root.resolve("src/data/blog"));
        Files.createDirectories(root.resolve("public/images"));
        Files.write(root.resolve("public/images/jar.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        Files.writeString(
                blog.resolve("starter.md"),
                "---\ntitle: Sourdough starter\npubDatetime: 2024-01-02\n---\n" + "## Feeding schedule\n\nText.\n");
        Files.writeString(blog.resolve("rye.md"), "---\ntitle: Winter rye\npubDatetime: 2024-01-02\n---\nText.\n");
        from = blog.resolve("rye.md");
        session = SiteSession.open(root, new MarkdownEngine(), TestClocks.MARCH_2026);
    }

    @Test
    void aPostThenAHeadingGivesASiteRootLinkWithTheHeadingAsText() throws Exception {
        LinkPickerViewModel vm = new LinkPickerViewModel(session, from, "", false, NOW, NOW);
        vm.start().get(5, TimeUnit.SECONDS);
        vm.queryProperty().set("sdgh");
        assertEquals("Sourdough starter", vm.items().get(0).label());
        assertEquals(Optional.empty(), vm.choose(vm.items().get(0)));
        assertEquals(LinkPickerViewModel.Step.ANCHORS, vm.stepProperty().get());
        assertEquals("(the whole post)", vm.items().get(0).label());
        assertEquals("#feeding-schedule", vm.items().get(1).detail());
        assertEquals(
                Optional.of("[Feeding schedule](/posts/starter/#feeding-schedule)"),
                vm.choose(vm.items().get(1)));
        assertEquals(
                Optional.of("[Sourdough starter](/posts/starter/)"),
                vm.choose(vm.items().get(0)));
    }

    @Test
    void afterTypingBracketParenOnlyTheDestinationIsInsertedAndTheSelectionIsTheText() throws Exception {
        LinkPickerViewModel typed = new LinkPickerViewModel(session, from, "", true, NOW, NOW);
        typed.start().get(5, TimeUnit.SECONDS);
        typed.queryProperty().set("starter");
        typed.choose(typed.items().get(0));
        assertEquals(Optional.of("/posts/starter/)"), typed.choose(typed.items().get(0)));

        LinkPickerViewModel selected = new LinkPickerViewModel(session, from, "my words", false, NOW, NOW);
        selected.start().get(5, TimeUnit.SECONDS);
        selected.queryProperty().set("starter");
        selected.choose(selected.items().get(0));
        assertEquals(
                Optional.of("[my words](/posts/starter/)"),
                selected.choose(selected.items().get(0)));
    }

    @Test
    void imagesAreListedWithTheirSiteRootPath() throws Exception {
        LinkPickerViewModel vm = new LinkPickerViewModel(session, from, "", false, NOW, NOW);
        vm.start().get(5, TimeUnit.SECONDS);
        vm.showImages().get(5, TimeUnit.SECONDS);
        assertEquals(1, vm.items().size());
        assertEquals(Optional.of("![](/images/jar.png)"), vm.choose(vm.items().get(0)));
        vm.queryProperty().set("nothing-like-it");
        assertTrue(vm.items().isEmpty());
        vm.showPosts().get(5, TimeUnit.SECONDS);
        assertFalse(vm.items().isEmpty());
    }
}
