package dev.postwright.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline's state without a toolkit. */
class OutlineViewModelTest {

    @TempDir
    Path root;

    private PostAnalysis analysis(String body) throws Exception {
        Path blog = Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        Path p = blog.resolve("a.md");
        Files.writeString(p, "---\ntitle: A\npubDatetime: 2024-01-02T10:00:00Z\n---\n" + body);
        SiteSession s = SiteSession.open(root, new MarkdownEngine(), TestClocks.MARCH_2026);
        return s.analysis(p).orElseThrow();
    }

    @Test
    void currentHeadingFollowsTheCaretAndANewAnalysis() throws Exception {
        // lines: 5 intro, 7 ## One, 9 text, 11 ## Two, 13 text
        PostAnalysis a = analysis("Intro.\n\n## One\n\nText.\n\n## Two\n\nText.\n");
        OutlineViewModel vm = new OutlineViewModel();
        vm.analysisProperty().set(a);
        assertEquals(2, vm.outlineProperty().get().roots().size());
        vm.setCaretLine(5);
        assertNull(vm.currentProperty().get());
        vm.setCaretLine(9);
        assertEquals("One", vm.currentProperty().get().text());
        vm.setCaretLine(13);
        assertEquals("Two", vm.currentProperty().get().text());
        vm.analysisProperty().set(null);
        assertNull(vm.outlineProperty().get());
        assertNull(vm.currentProperty().get());
    }
}
