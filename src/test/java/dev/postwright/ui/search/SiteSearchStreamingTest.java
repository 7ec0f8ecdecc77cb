package dev.postwright.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.SiteSearch;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000-post site searched through the view model: the search runs on the worker, never on the UI thread
 * (here a thread of its own standing in for the FX thread), and the results reach the UI post by post while the
 * search is still running.
 */
class SiteSearchStreamingTest {

    @TempDir
    Path root;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"));
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));

    @AfterEach
    void stop() {
        worker.shutdownNow();
        uiThread.shutdownNow();
    }

    @Test
    void resultsStreamToTheUiThreadWhileTheWorkerSearches() throws Exception {
        Path blog = Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        for (int i = 0; i < 1000; i++) {
            Files.writeString(
                    blog.resolve(String.format("post-%04d.md", i)),
                    "---\ntitle: Post " + i
                            + "\npubDatetime: 2024-01-02\n---\n" + "Some words about bread and rye.\n".repeat(20)
                            + (i % 10 == 0 ? "The kiln was hot.\n" : ""));
        }
        SiteSession session = SiteSession.openIndexed(root, new MarkdownEngine(), TestClocks.MARCH_2026);
        List<String> addedOn = new ArrayList<>();
        long[] firstAdded = {Long.MAX_VALUE};
        long[] workerEnded = {0};
        @SuppressWarnings("unchecked")
        CompletableFuture<SiteSearch.Outcome>[] done = new CompletableFuture[1];
        Executor timedWorker = r -> worker.execute(() -> {
            r.run();
            workerEnded[0] = System.nanoTime();
        });
        SiteSearchViewModel vm = uiThread.submit(() -> {
                    SiteSearchViewModel m =
                            new SiteSearchViewModel(() -> session, Map::of, Optional.empty(), timedWorker, uiThread);
                    m.results().addListener((ListChangeListener<Object>) c -> {
                        addedOn.add(Thread.currentThread().getName());
                        if (!m.results().isEmpty()) {
                            firstAdded[0] = Math.min(firstAdded[0], System.nanoTime());
                        }
                    });
                    return m;
                })
                .get(5, TimeUnit.SECONDS);
        uiThread.submit(() -> {
                    vm.queryProperty().set("kiln");
                    done[0] = vm.search();
                })
                .get(5, TimeUnit.SECONDS);

        SiteSearch.Outcome outcome = done[0].get(30, TimeUnit.SECONDS);
        worker.submit(() -> {}).get(5, TimeUnit.SECONDS); // the search task has returned and noted its end

        assertEquals(100, outcome.postsWithHits());
        assertEquals(1000, outcome.postsSearched());
        int size = uiThread.submit(() -> vm.results().size()).get(5, TimeUnit.SECONDS);
        assertEquals(100, size);
        // one list change per post, every one on the UI thread; the first shown before the worker was done
        assertTrue(addedOn.size() >= 100, "changes: " + addedOn.size());
        assertTrue(addedOn.stream().allMatch("ui"::equals), addedOn.toString());
        assertTrue(firstAdded[0] < workerEnded[0], "the first result waited for the whole search");
    }
}
