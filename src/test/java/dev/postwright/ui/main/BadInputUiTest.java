package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Bad input in the window: a file that is not UTF-8, a file too large to edit, an image pasted in. */
@ExtendWith(ApplicationExtension.class)
class BadInputUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) throws IOException {
        // The app's stylesheets use the theme's colour names; tests run with the light theme like the app.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = tmp.resolve("site-" + System.nanoTime());
        Files.createDirectories(site.resolve("src/data/blog"));
        Files.createDirectories(site.resolve("public"));
        Files.writeString(site.resolve("astro.config.mjs"), "export default {};\n");
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
        vm = new MainViewModel(background, clock, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, new MainWindowUiTest.ScriptedDialogs() {
            @Override
            public void showError(String title, String message) {
                errors.add(title + ": " + message);
            }
        });
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

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(30, condition);
    }

    private void openSiteAndPost(FxRobot robot, Path post) {
        robot.interact(() -> vm.open(site));
        waitUntil(() -> vm.sessionProperty().get() != null);
        robot.interact(() -> window.postTabs().open(post));
    }

    @Test
    void aFileThatIsNotUtf8OpensAsWindows1252OnRequestAndSavesAsUtf8(FxRobot robot) throws IOException {
        String text = "---\ntitle: Café notes\npubDatetime: 2025-01-02\n"
                + "description: Written by an older editor that saved Windows-1252 bytes, not UTF-8 ones.\n---\n\n"
                + "Crème brûlée – twice.\n";
        Path post = site.resolve("src/data/blog/cp1252.md");
        byte[] original = text.getBytes(Charset.forName("windows-1252"));
        Files.write(post, original);
        openSiteAndPost(robot, post);
        waitUntil(() -> robot.from(window).lookup("#open-error").tryQuery().isPresent());
        Label message = robot.from(window).lookup("#open-error").queryAs(Label.class);
        assertTrue(message.getText().contains("cp1252.md") && message.getText().contains("UTF-8"), message.getText());
        assertArrayEquals(original, Files.readAllBytes(post), "opening changed nothing");

        robot.clickOn(robot.from(window).lookup("#reopen-1252").queryAs(Button.class));
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        PostTabView tab = window.postTabs().selectedView().get();
        assertEquals(text, tab.editorPane().editor().getText());
        robot.interact(() -> tab.editorPane().editor().area().appendText("Saved again.\n"));
        waitUntil(() -> tab.viewModel().isDirty());
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !tab.viewModel().isDirty());
        assertEquals(text + "Saved again.\n", Files.readString(post, StandardCharsets.UTF_8));
    }

    @Test
    void aFileOverTenMegabytesIsReadOnlyWithAWarning(FxRobot robot) throws IOException {
        Path post = site.resolve("src/data/blog/huge.md");
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(("---\ntitle: Huge\npubDatetime: 2025-01-02\ndescription: A post far larger than anyone "
                        + "should write, to show read-only mode.\n---\n\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] line = "Line of filler text for a very large post.\n".getBytes(StandardCharsets.UTF_8);
        while (big.size() < 10 * 1024 * 1024 + 4096) {
            big.writeBytes(line);
        }
        Files.write(post, big.toByteArray());
        openSiteAndPost(robot, post);
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        PostTabView tab = window.postTabs().selectedView().get();
        Label bar = robot.from(window).lookup("#read-only-bar").queryAs(Label.class);
        assertTrue(bar.isVisible());
        assertTrue(bar.getText().startsWith("Read-only"), bar.getText());
        assertFalse(tab.editorPane().editor().area().isEditable());
        robot.interact(() -> window.postTabs().saveSelected());
        waitUntil(() -> !errors.isEmpty());
        assertTrue(errors.get(0).contains("read-only"), errors.get(0));
        assertArrayEquals(big.toByteArray(), Files.readAllBytes(post));
    }

    @Test
    void pastingAnImageFileCopiesItIntoTheSiteAndLinksIt(FxRobot robot) throws IOException {
        Path post = site.resolve("src/data/blog/bread-notes.md");
        Files.writeString(
                post,
                "---\ntitle: Bread notes\npubDatetime: 2025-01-02\ndescription: Notes on bread "
                        + "with a photo pasted in from the clipboard, for the test.\n---\n\nA photo:\n");
        Path image = tmp.resolve("Crumb Shot.PNG");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3};
        Files.write(image, png);
        openSiteAndPost(robot, post);
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        PostTabView tab = window.postTabs().selectedView().get();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(image.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(tab.editorPane().editor().area());
        robot.interact(() -> tab.editorPane()
                .editor()
                .area()
                .moveTo(tab.editorPane().editor().getText().length()));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        waitUntil(() -> tab.editorPane().editor().getText().contains("![](/images/bread-notes/crumb-shot.png)"));
        assertArrayEquals(png, Files.readAllBytes(site.resolve("public/images/bread-notes/crumb-shot.png")));
        assertEquals(
                tab.editorPane().editor().getText().indexOf("![](") + 2,
                tab.editorPane().editor().area().getCaretPosition(),
                "caret in the alt text");
    }
}
