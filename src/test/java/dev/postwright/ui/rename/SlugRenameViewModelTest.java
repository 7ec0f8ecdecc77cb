package dev.postwright.ui.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.rename.SampleSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SlugRenameViewModelTest {

    @TempDir
    Path root;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static <T> T await(Callable<CompletableFuture<T>> start) throws Exception {
        return WaitForAsyncUtils.asyncFx(start).get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS);
    }

    @Test
    void unsavedTabIsHandedBackAndTheSessionSeesTheWrittenLinks() throws Exception {
        SampleSite.copyTo(root);
        SiteSession session = SiteSession.open(root, new MarkdownEngine(), SampleSite.CLOCK);
        Path blog = root.resolve(SampleSite.BLOG).toAbsolutePath().normalize();
        Path rye = blog.resolve("winter-rye-plans.md");
        Path loaf = blog.resolve("open-crumb-loaf.md");
        String buffer = Files.readString(rye) + "\nUnsaved words.\n";
        SlugRenameViewModel vm = WaitForAsyncUtils.asyncFx(() -> new SlugRenameViewModel(
                        session,
                        blog.resolve("sourdough-starter.md"),
                        "/posts/sourdough-starter/",
                        "/posts/starter-basics/",
                        Map.of(rye, buffer),
                        executor))
                .get(5, TimeUnit.SECONDS);

        await(vm::plan);
        assertEquals(
                "5 links to /posts/sourdough-starter/ in 4 posts.",
                vm.statusProperty().get());
        assertTrue(vm.redirectAvailableProperty().get());
        WaitForAsyncUtils.asyncFx(() -> vm.addRedirectProperty().set(false)).get(5, TimeUnit.SECONDS);

        SlugRenameViewModel.Outcome outcome = await(vm::apply);

        assertEquals(1, outcome.result().forEditor().size());
        assertEquals(rye, outcome.result().forEditor().get(0).file());
        assertTrue(outcome.result().forEditor().get(0).newText().endsWith("Unsaved words.\n"));
        assertTrue(outcome.redirect().isEmpty());
        assertTrue(outcome.clean());
        assertEquals(
                "Updated 4 links in 3 posts. Updated the links in 1 open tab; save to keep them.", outcome.summary());
        assertTrue(session.analysis(loaf).orElseThrow().text().contains("/posts/starter-basics/#feeding-schedule"));
        assertFalse(Files.readString(root.resolve("astro.config.mjs")).contains("redirects"));
    }
}
