package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.post.Backups;
import dev.postwright.post.recovery.Journal;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import dev.postwright.validation.Problem;
import dev.postwright.workspace.post.DiskState;
import dev.postwright.workspace.post.SaveSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Nothing lost, in the real window: outside changes, deleted files, journal and recovery, backups. */
@ExtendWith(ApplicationExtension.class)
class ReliabilityUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private final MainWindowUiTest.ScriptedDialogs dialogs = new MainWindowUiTest.ScriptedDialogs() {
        @Override
        public Restore askRestore(String fileName, String diff) {
            restoreAsked = fileName + "\n" + diff;
            return Restore.RESTORE;
        }
    };
    private String restoreAsked;
    private MainViewModel vm;
    private MainWindow window;
    private Path site;
    private Path data;

    @Start
    void start(Stage stage) throws IOException {
        // The app's stylesheets use the theme's colour names; tests run with the light theme like the app.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        long n = System.nanoTime();
        site = copySampleSite(tmp.resolve("site-" + n));
        data = tmp.resolve("data-" + n);
        Clock clock = TestClocks.JUNE_2026;
        vm = new MainViewModel(background, clock, new MarkdownEngine(), SaveSupport.in(data));
        window = new MainWindow(stage, vm, url -> {}, dialogs);
        stage.setScene(PostwrightApp.buildScene(window));
        stage.show();
    }

    @AfterEach
    void closeTabs(FxRobot robot) {
        robot.interact(() -> {
            window.postTabs().views().forEach(PostTabView::dispose);
            vm.stopWatching();
        });
    }

    private static Path copySampleSite(Path to) throws IOException {
        return dev.postwright.TestSites.copySampleSite(to);
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(20, condition);
    }

    private PostTabView open(FxRobot robot, String name) {
        robot.interact(() -> vm.open(site));
        waitUntil(() -> vm.posts().totalCount() == 11);
        robot.interact(
                () -> window.postTabs().open(site.resolve("src/data/blog").resolve(name)));
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        return window.postTabs().selectedView().get();
    }

    private static void type(FxRobot robot, PostTabView tab, String text) {
        robot.interact(() -> {
            var area = tab.editorPane().editor().area();
            area.insertText(area.getLength(), text);
        });
    }

    @Test
    void aCleanTabReloadsAndADirtyTabShowsAConflict(FxRobot robot) throws IOException {
        PostTabView tab = open(robot, "tiny-tools-for-notes.md");
        Path file = tab.viewModel().path();
        String disk = Files.readString(file);

        Files.writeString(file, disk + "\nAdded by another editor.\n");
        waitUntil(() -> tab.editorPane().editor().getText().contains("Added by another editor."));
        assertEquals(DiskState.IN_SYNC, tab.viewModel().diskStateProperty().get());

        type(robot, tab, "\nMine.\n");
        waitUntil(() -> tab.viewModel().isDirty());
        Files.writeString(file, disk + "\nTheirs.\n");
        waitUntil(() -> tab.viewModel().diskStateProperty().get() == DiskState.CONFLICT);
        Node bar = robot.from(window).lookup("#disk-bar").query();
        assertTrue(bar.isVisible());
        assertTrue(tab.editorPane().editor().getText().contains("Mine."), "unsaved edits kept");

        robot.interact(() -> tab.viewModel().takeTheirs());
        waitUntil(() -> tab.editorPane().editor().getText().contains("Theirs."));
        assertTrue(!tab.viewModel().isDirty());
    }

    @Test
    void aDeletedFileKeepsItsTabAndSaveWritesItBack(FxRobot robot) throws IOException {
        PostTabView tab = open(robot, "trail-journal-draft.md");
        Path file = tab.viewModel().path();
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        waitUntil(() -> tab.viewModel().diskStateProperty().get() == DiskState.DELETED);
        assertEquals(
                new String(bytes, StandardCharsets.UTF_8),
                tab.editorPane().editor().getText());
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> Files.exists(file));
        assertArrayEquals(bytes, Files.readAllBytes(file));
        waitUntil(() -> tab.viewModel().diskStateProperty().get() == DiskState.IN_SYNC);
    }

    @Test
    void unsavedEditsAreJournaledAndOfferedBackAfterACrash(FxRobot robot) throws IOException {
        PostTabView tab = open(robot, "welcome-to-field-notes.md");
        Path file = tab.viewModel().path();
        type(robot, tab, "\nA sentence that must survive a crash.\n");
        waitUntil(() -> tab.viewModel().isDirty());
        robot.interact(() -> window.postTabs().journalAll());
        Journal journal = new Journal(data);
        waitUntil(() -> journal.pending().stream().anyMatch(e -> e.unsavedText().contains("must survive")));

        // A new window on the same data folder stands in for the next start after kill -9.
        robot.interact(() -> {
            tab.dispose();
            window.postTabs().views().forEach(PostTabView::dispose);
        });
        MainViewModel next = new MainViewModel(background, vm.clock(), new MarkdownEngine(), SaveSupport.in(data));
        MainWindow[] nextWindow = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            nextWindow[0] = new MainWindow(stage, next, url -> {}, dialogs);
            stage.setScene(PostwrightApp.buildScene(nextWindow[0]));
            stage.show();
            next.open(site).thenAccept(s -> nextWindow[0].postTabs().offerRecovery(s));
        });
        waitUntil(() -> restoreAsked != null);
        assertTrue(restoreAsked.contains("+A sentence that must survive a crash."), restoreAsked);
        waitUntil(() -> nextWindow[0]
                .postTabs()
                .selectedView()
                .map(v -> v.editorPane().editor().getText().contains("must survive"))
                .orElse(false));
        PostTabView restored = nextWindow[0].postTabs().selectedView().get();
        assertEquals(file, restored.viewModel().path());
        waitUntil(() -> restored.viewModel().getText().contains("must survive"));
        assertTrue(
                restored.viewModel().isDirty(),
                "restored text is unsaved until the writer saves: "
                        + restored.viewModel()
                                .getText()
                                .equals(restored.viewModel().savedText()));
        robot.interact(() -> {
            restored.dispose();
            next.stopWatching();
            nextWindow[0].getScene().getWindow().hide(); // later test classes must not find this window
        });
    }

    @Test
    void savingKeepsThePreviousVersionAsABackupAndClearsTheJournal(FxRobot robot) throws IOException {
        PostTabView tab = open(robot, "ridge-walk-in-october.md");
        Path file = tab.viewModel().path();
        byte[] before = Files.readAllBytes(file);
        type(robot, tab, "\nOne more line.\n");
        waitUntil(() -> tab.viewModel().isDirty());
        robot.interact(() -> window.postTabs().journalAll());
        waitUntil(() -> !new Journal(data).pending().isEmpty());
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !tab.viewModel().isDirty());
        Path backup = new Backups(data)
                .backupOf(site.toAbsolutePath().normalize(), file)
                .orElseThrow();
        assertArrayEquals(before, Files.readAllBytes(backup));
        waitUntil(() -> new Journal(data).pending().isEmpty());
        List<Problem> none = List.of();
        assertEquals(none, dialogs.errorsAsked.isEmpty() ? none : dialogs.errorsAsked.get(0));
    }
}
