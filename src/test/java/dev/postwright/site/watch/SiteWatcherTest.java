package dev.postwright.site.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.post.PostFile;
import dev.postwright.site.watch.FileEvent.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path tmp;

    private final List<FileEvent> seen = new CopyOnWriteArrayList<>();
    private final List<List<FileEvent>> batches = new CopyOnWriteArrayList<>();
    private SiteWatcher watcher;
    private Path blog;

    @BeforeEach
    void start() throws Exception {
        blog = Files.createDirectories(tmp.resolve("src/data/blog"));
        watcher = new SiteWatcher(List.of(blog), Duration.ofMillis(200), batch -> {
            batches.add(batch);
            seen.addAll(batch);
        });
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    private void await(Predicate<List<FileEvent>> condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            if (condition.test(new ArrayList<>(seen))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + what + " within 10 s; saw " + seen);
    }

    private static Predicate<List<FileEvent>> has(Kind kind, Path p) {
        return list -> list.contains(new FileEvent(kind, p));
    }

    @Test
    void createModifyDelete() throws Exception {
        Path a = blog.resolve("a.md");
        Files.writeString(a, "one");
        await(has(Kind.CREATED, a), "create");
        seen.clear();
        Files.writeString(a, "two");
        await(has(Kind.MODIFIED, a), "modify");
        seen.clear();
        Files.delete(a);
        await(has(Kind.DELETED, a), "delete");
    }

    @Test
    void renameIsDeleteAndCreate() throws Exception {
        Path a = blog.resolve("a.md");
        Files.writeString(a, "one");
        await(has(Kind.CREATED, a), "create");
        seen.clear();
        Path b = blog.resolve("b.md");
        Files.move(a, b);
        await(has(Kind.DELETED, a).and(has(Kind.CREATED, b)), "rename");
    }

    @Test
    void newSubFoldersAreWatchedToo() throws Exception {
        Path sub = Files.createDirectories(blog.resolve("2025/june"));
        Path early = sub.resolve("early.md");
        Files.writeString(early, "x");
        await(has(Kind.CREATED, early), "file in a new folder");
        Thread.sleep(300);
        Path later = sub.resolve("later.md");
        Files.writeString(later, "y");
        await(has(Kind.CREATED, later), "file added later to the new folder");
    }

    @Test
    void rapidWritesAreDebouncedAndScratchFilesIgnored() throws Exception {
        Path a = blog.resolve("a.md");
        for (int i = 0; i < 20; i++) {
            Files.writeString(a, "v" + i);
        }
        Files.writeString(blog.resolve(".a.md.12345.tmp"), "ours");
        Files.writeString(blog.resolve(".#a.md"), "emacs");
        Files.writeString(blog.resolve("a.md~"), "backup");
        Files.writeString(blog.resolve(".a.md.swp"), "vim");
        Path marker = blog.resolve("zz.md");
        Files.writeString(marker, "last");
        await(has(Kind.CREATED, marker), "marker");
        Thread.sleep(400);
        long forA = seen.stream().filter(e -> e.path().equals(a)).count();
        assertTrue(forA <= 2, "debounced: " + seen);
        assertFalse(seen.stream().anyMatch(e -> SiteWatcher.ignored(e.path())), "scratch files: " + seen);
    }

    @Test
    void ourOwnAtomicSaveShowsOnlyThePost() throws Exception {
        Path a = blog.resolve("a.md");
        Files.writeString(a, "one");
        await(has(Kind.CREATED, a), "create");
        seen.clear();
        PostFile.writeAtomic(a, "two", false, StandardCharsets.UTF_8);
        await(list -> list.stream().anyMatch(e -> e.path().equals(a)), "save");
        Thread.sleep(400);
        assertTrue(seen.stream().allMatch(e -> e.path().equals(a)), seen.toString());
    }
}
