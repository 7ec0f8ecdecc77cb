package dev.postwright.workspace.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.postwright.post.Backups;
import dev.postwright.post.ExternalChange;
import dev.postwright.post.PostReadException;
import dev.postwright.post.recovery.Journal;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.validation.online.OnlineLinkChecker;
import dev.postwright.workspace.SiteSession;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open post's behaviour without a JavaFX toolkit: both executors are queues the test runs by hand. */
class OpenPostTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneId.of("UTC"));
    private static final String FRONTMATTER = "---\ntitle: Clay\npubDatetime: 2024-01-02T10:00:00Z\n"
            + "description: A post about clay written for the tests of the open post.\ntags: [notes]\n---\n";

    @TempDir
    Path tmp;

    private final Manual background = new Manual();
    private final Manual ui = new Manual();
    private final List<String> analysed = new ArrayList<>();
    private final List<String> replaced = new ArrayList<>();
    private final List<DiskState> states = new ArrayList<>();
    private Path file;
    private SiteSession session;

    /** Runs what it is given when the test says so, like a UI thread's queue. */
    private static final class Manual implements Executor {
        private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            for (Runnable r = tasks.poll(); r != null; r = tasks.poll()) {
                r.run();
            }
        }

        /** Waits for the next task (the analysis starts on a timer thread after the quiet period) and runs it. */
        void runNext() throws InterruptedException {
            Runnable r = tasks.poll(10, TimeUnit.SECONDS);
            assertNotNull(r, "a task arrives");
            r.run();
        }

        boolean idle() {
            return tasks.isEmpty();
        }
    }

    @BeforeEach
    void site() throws IOException {
        Path root = tmp.resolve("site");
        Files.createDirectories(root.resolve("src/data/blog"));
        Files.createDirectories(root.resolve("public"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        file = root.resolve("src/data/blog/clay.md");
        Files.writeString(file, FRONTMATTER + "Wedging the clay first.\n");
        session = SiteSession.open(root, new MarkdownEngine(), CLOCK);
    }

    private OpenPost open(SaveSupport support) throws Exception {
        CompletableFuture<OpenPost> loading = OpenPost.load(file, session, background, ui, support, false);
        settle();
        OpenPost post = loading.get(1, TimeUnit.SECONDS);
        post.setListener(new OpenPost.Listener() {
            @Override
            public void analysed(PostAnalysis analysis, List<Problem> problems) {
                analysed.add(analysis.text());
            }

            @Override
            public void diskStateChanged(DiskState state) {
                states.add(state);
            }
        });
        post.setEditorReplacer(text -> {
            replaced.add(text);
            post.setText(text); // what the editor's text listener does
        });
        return post;
    }

    private OpenPost open() throws Exception {
        return open(SaveSupport.none());
    }

    /** Runs both queues until neither has anything left. */
    private void settle() {
        while (!background.idle() || !ui.idle()) {
            background.runAll();
            ui.runAll();
        }
    }

    private SaveOutcome save(OpenPost post, boolean force, boolean overwrite) throws Exception {
        CompletableFuture<SaveOutcome> saving = post.save(force, overwrite);
        settle();
        assertTrue(saving.isDone(), "the outcome is handed to the UI executor");
        return saving.get();
    }

    private String disk() throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void savingWritesTheTextAndTheTabIsCleanAgain() throws Exception {
        OpenPost post = open();
        assertFalse(post.isDirty());
        String mine = post.text() + "Then throwing.\n";
        post.setText(mine);
        assertTrue(post.isDirty());

        assertInstanceOf(SaveOutcome.Saved.class, save(post, false, false));
        assertEquals(mine, disk());
        assertEquals(mine, post.savedText());
        assertFalse(post.isDirty());
        assertEquals(mine, post.analysis().text(), "the analysis shown is the saved text's");
    }

    @Test
    void aPostWithErrorsIsBlockedAndAForcedSaveWritesIt() throws Exception {
        OpenPost post = open();
        String before = disk();
        String broken = post.text().replace("title: Clay", "title: [Clay");
        post.setText(broken);

        SaveOutcome blocked = save(post, false, false);
        SaveOutcome.Blocked b = assertInstanceOf(SaveOutcome.Blocked.class, blocked);
        assertFalse(b.errors().isEmpty());
        assertTrue(b.errors().stream().allMatch(p -> p.severity() == Severity.ERROR));
        assertEquals(before, disk(), "nothing written");
        assertTrue(post.isDirty());
        assertTrue(post.problems().containsAll(b.errors()), "the errors are shown");

        assertInstanceOf(SaveOutcome.Saved.class, save(post, true, false));
        assertEquals(broken, disk());
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsNotOverwrittenWithoutAYes() throws Exception {
        OpenPost post = open();
        String theirs = FRONTMATTER + "Their paragraph.\n";
        Files.writeString(file, theirs);
        String mine = post.text() + "My paragraph.\n";
        post.setText(mine);

        SaveOutcome.Conflict conflict = assertInstanceOf(SaveOutcome.Conflict.class, save(post, false, false));
        assertTrue(conflict.message().contains("clay.md"), conflict.message());
        assertEquals(theirs, disk(), "their version is kept");
        assertEquals(DiskState.CONFLICT, post.diskState());
        assertEquals(theirs, post.theirsText());
        assertInstanceOf(SaveOutcome.Conflict.class, save(post, false, false), "still a conflict: asked again");

        assertInstanceOf(SaveOutcome.Saved.class, save(post, false, true));
        assertEquals(mine, disk());
        assertEquals(DiskState.IN_SYNC, post.diskState());
    }

    @Test
    void aChangeOnDiskReloadsACleanPostAndIsAConflictForADirtyOne() throws Exception {
        OpenPost post = open();
        String theirs = FRONTMATTER + "Edited elsewhere.\n";
        Files.writeString(file, theirs);
        post.diskChanged(ExternalChange.Seen.of(file));
        assertEquals(List.of(theirs), replaced, "a clean post takes the disk's text");
        assertEquals(theirs, post.text());
        assertFalse(post.isDirty());
        assertEquals(DiskState.IN_SYNC, post.diskState());

        String mine = theirs + "Mine.\n";
        post.setText(mine);
        String again = FRONTMATTER + "Edited elsewhere again.\n";
        Files.writeString(file, again);
        post.diskChanged(ExternalChange.Seen.of(file));
        assertEquals(DiskState.CONFLICT, post.diskState());
        assertEquals(mine, post.text(), "unsaved edits are never replaced");

        post.keepMine();
        assertEquals(DiskState.IN_SYNC, post.diskState());
        assertInstanceOf(SaveOutcome.Saved.class, save(post, false, false), "Keep Mine: the next save overwrites");
        assertEquals(mine, disk());
    }

    @Test
    void takeTheirsReplacesTheText() throws Exception {
        OpenPost post = open();
        post.setText(post.text() + "Mine.\n");
        String theirs = FRONTMATTER + "Theirs.\n";
        Files.writeString(file, theirs);
        post.diskChanged(ExternalChange.Seen.of(file));
        assertEquals(DiskState.CONFLICT, post.diskState());

        post.takeTheirs();
        assertEquals(List.of(theirs), replaced);
        assertEquals(theirs, post.text());
        assertFalse(post.isDirty());
        assertEquals(List.of(DiskState.CONFLICT, DiskState.IN_SYNC), states);
    }

    @Test
    void aDeletedFileKeepsItsTextAndSavingWritesItBack() throws Exception {
        OpenPost post = open();
        String text = post.text();
        Files.delete(file);
        post.diskChanged(ExternalChange.Seen.of(file));
        assertEquals(DiskState.DELETED, post.diskState());
        assertEquals(text, post.text());
        assertTrue(replaced.isEmpty());

        assertInstanceOf(SaveOutcome.Saved.class, save(post, false, false));
        assertEquals(text, disk());
        assertEquals(DiskState.IN_SYNC, post.diskState());
    }

    @Test
    void unsavedTextIsJournaledAndASaveClearsItAndKeepsABackup() throws Exception {
        Path data = tmp.resolve("data");
        Journal journal = new Journal(data);
        OpenPost post = open(new SaveSupport(Optional.of(new Backups(data)), Optional.of(journal)));
        String original = post.text();
        post.journalNow();
        settle();
        assertTrue(journal.pending().isEmpty(), "a clean post has nothing to journal");

        String mine = original + "Unsaved words.\n";
        post.setText(mine);
        post.journalNow();
        settle();
        assertEquals(1, journal.pending().size());
        assertEquals(mine, journal.pending().get(0).unsavedText());

        assertInstanceOf(SaveOutcome.Saved.class, save(post, false, false));
        assertTrue(journal.pending().isEmpty(), "saved: nothing left to recover");
        try (var backups = Files.walk(data)) {
            assertTrue(
                    backups.filter(Files::isRegularFile).anyMatch(p -> {
                        try {
                            return Files.readString(p).equals(original);
                        } catch (IOException e) {
                            return false;
                        }
                    }),
                    "the version replaced is kept as a backup");
        }
    }

    @Test
    void onlyTheNewestTextsAnalysisIsShown() throws Exception {
        OpenPost post = open();
        String base = post.text();
        post.setText(base + "First.\n");
        background.runNext(); // the analysis of "First." runs after the quiet period
        post.setText(base + "Second.\n"); // typed while its result is on its way to the UI
        ui.runAll();
        assertTrue(analysed.isEmpty(), "the older text's analysis is dropped");

        background.runNext();
        ui.runAll();
        assertEquals(List.of(base + "Second.\n"), analysed);
        assertEquals(base + "Second.\n", post.analysis().text());
    }

    @Test
    void aDisposedPostDropsResultsStillInFlight() throws Exception {
        OpenPost post = open();
        post.setText(post.text() + "More.\n");
        background.runNext();
        post.dispose();
        ui.runAll();
        assertTrue(analysed.isEmpty());
    }

    @Test
    void brokenLinksFoundOnlineAreShownAmongTheProblems() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(file, FRONTMATTER + "See [ok](" + base + "/ok) and [gone](" + base + "/gone).\n");
        session.update(file, disk());
        try (OnlineLinkChecker checker = new OnlineLinkChecker(
                tmp.resolve("cache"),
                CLOCK,
                new OnlineLinkChecker.Settings(
                        Duration.ofSeconds(2), Duration.ofSeconds(5), 4, Duration.ofHours(1), Duration.ofMinutes(5)))) {
            OpenPost post = open();
            assertTrue(post.problems().stream().noneMatch(p -> p.rule().equals("link.online")));

            CompletableFuture<Integer> checking = post.checkLinksOnline(checker);
            ui.runNext(); // the results are handed to the UI executor
            assertEquals(2, checking.get(1, TimeUnit.SECONDS));
            List<Problem> online = post.problems().stream()
                    .filter(p -> p.rule().equals("link.online"))
                    .toList();
            assertEquals(1, online.size());
            assertTrue(online.get(0).message().contains("/gone"), online.get(0).message());
            assertEquals(1, analysed.size(), "the problems are shown again with the results");

            // the results stay with later analyses, placed on the current text
            post.setText(post.text().replace("See [", "Intro.\n\nSee ["));
            background.runNext();
            ui.runAll();
            List<Problem> moved = post.problems().stream()
                    .filter(p -> p.rule().equals("link.online"))
                    .toList();
            assertEquals(1, moved.size());
            assertEquals(online.get(0).line() + 2, moved.get(0).line());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFileThatCannotBeReadFailsTheLoadWithTheReasonItself() throws Exception {
        Files.write(file, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        CompletableFuture<OpenPost> loading = OpenPost.load(file, session, background, ui, SaveSupport.none(), false);
        settle();
        Throwable why = loading.handle((post, err) -> err).get();
        PostReadException e = assertInstanceOf(PostReadException.class, why, "not wrapped: the opener shows it");
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());

        CompletableFuture<OpenPost> repaired = OpenPost.load(file, session, background, ui, SaveSupport.none(), true);
        settle();
        assertEquals(StandardCharsets.UTF_8, repaired.get().loaded().charset(), "saved back as UTF-8");
    }

    @Test
    void wordsAndReadingTimeForTheStatusBar() throws Exception {
        OpenPost post = open();
        assertTrue(post.summaryText().startsWith("4 words · 1 min read · "), post.summaryText());
        assertEquals(new TextStats(4, 1), post.textStats(post.analysis()));
    }
}
