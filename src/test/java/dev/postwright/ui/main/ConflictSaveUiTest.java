package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.post.DiskState;
import dev.postwright.workspace.post.SaveSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue #18 item 4, in the real window: Ctrl+S on a tab showing the Keep Mine / Take Theirs bar asks before it
 * overwrites the other program's version, and Cancel leaves those bytes; a file deleted and re-created as a
 * binary is noticed and not overwritten without asking either.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictSaveUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private final List<String> overwriteAsked = new CopyOnWriteArrayList<>();
    private volatile boolean overwrite;
    private final MainWindowUiTest.ScriptedDialogs dialogs = new MainWindowUiTest.ScriptedDialogs() {
        @Override
        public boolean askOverwriteChanged(String fileName, String message) {
            overwriteAsked.add(fileName + ": " + message);
            return overwrite;
        }
    };
    private MainViewModel vm;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        long n = System.nanoTime();
        site = dev.postwright.TestSites.copySampleSite(tmp.resolve("site-" + n));
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
        vm = new MainViewModel(background, clock, new MarkdownEngine(), SaveSupport.in(tmp.resolve("data-" + n)));
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

    private PostTabView open(FxRobot robot, String name) {
        robot.interact(() -> vm.open(site));
        UiTests.waitUntil(20, () -> vm.posts().totalCount() == 11);
        robot.interact(
                () -> window.postTabs().open(site.resolve("src/data/blog").resolve(name)));
        UiTests.waitUntil(20, () -> window.postTabs().selectedView().isPresent());
        return window.postTabs().selectedView().get();
    }

    private static void typeAtEnd(FxRobot robot, PostTabView tab, String text) {
        robot.interact(() -> {
            var area = tab.editorPane().editor().area();
            area.insertText(area.getLength(), text);
            area.requestFocus();
        });
    }

    private static void ctrlS(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    }

    @Test
    void ctrlSOnATabShowingTheConflictAsksAndCancelKeepsTheirBytes(FxRobot robot) throws IOException {
        PostTabView tab = open(robot, "tiny-tools-for-notes.md");
        Path file = tab.viewModel().path();
        String disk = Files.readString(file);
        typeAtEnd(robot, tab, "\nMine.\n");
        UiTests.waitUntil(20, () -> tab.viewModel().isDirty());

        byte[] theirs = (disk + "\nTheirs, written by another program.\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, theirs);
        UiTests.waitUntil(20, () -> tab.viewModel().diskStateProperty().get() == DiskState.CONFLICT);
        Node bar = robot.from(window).lookup("#disk-bar").query();
        assertTrue(bar.isVisible(), "the Keep Mine / Take Theirs bar is shown");

        overwrite = false;
        ctrlS(robot);
        UiTests.waitUntil(20, () -> overwriteAsked.size() == 1);
        robot.interact(() -> {}); // let the cancelled save finish on the FX thread
        assertArrayEquals(theirs, Files.readAllBytes(file), "Cancel leaves the other program's bytes");
        assertEquals(DiskState.CONFLICT, tab.viewModel().diskStateProperty().get(), "the bar stays");
        assertTrue(tab.editorPane().editor().getText().contains("Mine."), "the writer's text stays too");

        overwrite = true;
        ctrlS(robot);
        UiTests.waitUntil(20, () -> Files.readString(file).contains("Mine."));
        assertEquals(2, overwriteAsked.size(), "asked again, and wrote only after the yes");
        UiTests.waitUntil(20, () -> tab.viewModel().diskStateProperty().get() == DiskState.IN_SYNC);
    }

    @Test
    void aFileReCreatedAsABinaryIsNoticedAndNotOverwrittenWithoutAsking(FxRobot robot) throws IOException {
        PostTabView tab = open(robot, "welcome-to-field-notes.md");
        Path file = tab.viewModel().path();
        typeAtEnd(robot, tab, "\nMy edit.\n");
        UiTests.waitUntil(20, () -> tab.viewModel().isDirty());

        Files.delete(file);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7); // NULs and invalid UTF-8: not a post
        }
        Files.write(file, binary);
        UiTests.waitUntil(20, () -> tab.viewModel().diskStateProperty().get() == DiskState.CONFLICT);

        overwrite = false;
        ctrlS(robot);
        UiTests.waitUntil(20, () -> overwriteAsked.size() == 1);
        robot.interact(() -> {});
        assertArrayEquals(binary, Files.readAllBytes(file), "the binary is untouched");
        robot.interact(() -> tab.viewModel().takeTheirs());
        assertTrue(tab.editorPane().editor().getText().contains("My edit."), "nothing to take from a binary");
    }

    @Test
    void aSaveRacingAnotherProgramIsRefusedByTheContentCheck(FxRobot robot) throws IOException {
        PostTabView tab = open(robot, "tiny-tools-for-notes.md");
        Path file = tab.viewModel().path();
        robot.interact(() -> vm.stopWatching()); // the watcher would see it first: this is the pre-write check
        typeAtEnd(robot, tab, "\nMine.\n");
        UiTests.waitUntil(20, () -> tab.viewModel().isDirty());
        byte[] theirs = (Files.readString(file) + "\nTheirs.\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, theirs);

        overwrite = false;
        ctrlS(robot);
        UiTests.waitUntil(20, () -> overwriteAsked.size() == 1);
        UiTests.waitUntil(20, () -> tab.viewModel().diskStateProperty().get() == DiskState.CONFLICT);
        assertArrayEquals(theirs, Files.readAllBytes(file));
    }
}
