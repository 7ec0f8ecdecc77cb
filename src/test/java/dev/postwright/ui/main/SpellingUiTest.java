package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.spell.Dictionaries;
import dev.postwright.spell.SiteSpelling;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import dev.postwright.validation.Problem;
import dev.postwright.validation.body.SpellingRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Spelling in the real window: a misspelt word typed in the editor is underlined and fixed from its menu. */
@ExtendWith(ApplicationExtension.class)
class SpellingUiTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.bundled();

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = dev.postwright.TestSites.copySampleSite(tmp.resolve("site-" + System.nanoTime()));
        Clock clock = TestClocks.JUNE_2026;
        vm = new MainViewModel(background, clock, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, new MainWindowUiTest.ScriptedDialogs());
        vm.sessionProperty()
                .addListener((o, old, opened) ->
                        opened.spelling().use(SiteSpelling.open(opened.site().root(), DICTIONARIES, Optional.empty())));
        Scene scene = PostwrightApp.buildScene(window);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        vm.open(site);
    }

    @AfterEach
    void closeTabs(FxRobot robot) {
        robot.interact(() -> window.postTabs().views().forEach(PostTabView::dispose));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(30, condition);
    }

    private PostTabView openPost(FxRobot robot, String rel) {
        waitUntil(() -> vm.sessionProperty().get() != null);
        robot.interact(() -> window.postTabs().open(site.resolve(rel)));
        waitUntil(() -> window.postTabs().selectedView().isPresent()
                && window.postTabs()
                                .selectedView()
                                .get()
                                .viewModel()
                                .analysisProperty()
                                .get()
                        != null);
        return window.postTabs().selectedView().get();
    }

    /** Types at the end of the post and waits for the word to be underlined; returns its offset. */
    private int typeMisspelt(FxRobot robot, PostTabView view, String sentence, String word) {
        CodeArea area = view.editorPane().editor().area();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
        });
        robot.write(sentence);
        int at = view.editorPane().editor().getText().lastIndexOf(word);
        waitUntil(() ->
                hasSpellingProblemAt(view, at) && area.getStyleOfChar(at + 1).contains("md-problem-info"));
        return at;
    }

    private static boolean hasSpellingProblemAt(PostTabView view, int offset) {
        var a = view.viewModel().analysisProperty().get();
        for (Problem p : view.viewModel().problems()) {
            if (p.rule().equals(SpellingRule.ID) && a.lines().offset(p.line(), p.column()) == offset) {
                return true;
            }
        }
        return false;
    }

    private static void rightClickOn(FxRobot robot, CodeArea area, int offset) {
        Bounds b = WaitForAsyncUtils.waitForAsyncFx(5000, () -> area.getCharacterBoundsOnScreen(offset + 1, offset + 2))
                .orElseThrow();
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY())).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMisspeltWordIsUnderlinedAndFixedFromTheContextMenu(FxRobot robot) {
        PostTabView view = openPost(robot, "src/data/blog/sourdough-starter.md");
        CodeArea area = view.editorPane().editor().area();
        int at = typeMisspelt(robot, view, "\nWe recieve letters.\n", "recieve");
        rightClickOn(robot, area, at);
        waitUntil(() -> robot.lookup(".pw-spell-suggestion").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".pw-spell-suggestion").<Node>query());
        waitUntil(() -> view.editorPane().editor().getText().contains("We receive letters."));
        assertFalse(view.editorPane().editor().getText().contains("recieve"));
        waitUntil(() -> !hasSpellingProblemAt(view, at));
    }

    @Test
    void aWordAddedToTheSiteDictionaryIsKnownAndWrittenDown(FxRobot robot) {
        PostTabView view = openPost(robot, "src/data/blog/sourdough-starter.md");
        CodeArea area = view.editorPane().editor().area();
        int at = typeMisspelt(robot, view, "\nThe Zorblat rose.\n", "Zorblat");
        rightClickOn(robot, area, at);
        waitUntil(() -> robot.lookup("#spell-add").tryQuery().isPresent());
        robot.clickOn("#spell-add");
        Path dictionary = site.resolve(SiteSpelling.SITE_DICTIONARY);
        waitUntil(() ->
                Files.isRegularFile(dictionary) && Files.readString(dictionary).contains("Zorblat\n"));
        waitUntil(() -> !hasSpellingProblemAt(view, at));
        // typing again re-analyses: the word stays known
        robot.write("More.");
        waitUntil(() -> view.viewModel().analysisProperty().get().text().endsWith("More."));
        assertTrue(
                view.viewModel().problems().stream().noneMatch(p -> p.message().startsWith("'Zorblat'")));
    }

    @Test
    void aMisspeltTitleInTheFormIsSquiggledAndFixedFromItsMenu(FxRobot robot) {
        PostTabView view = openPost(robot, "src/data/blog/sourdough-starter.md");
        waitUntil(() -> robot.lookup("#field-title").tryQuery().isPresent());
        TextField title = robot.lookup("#field-title").queryAs(TextField.class);
        String before = title.getText();
        robot.interact(() -> {
            title.requestFocus();
            title.end();
        });
        robot.write(" Wonderfull");
        waitUntil(() -> robot.lookup(".pw-spell-squiggle").queryAll().stream()
                .anyMatch(n -> !((javafx.scene.shape.Path) n).getElements().isEmpty()));
        int at = title.getText().indexOf("Wonderfull");
        Bounds b = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Rectangle2D r = ((TextFieldSkin) title.getSkin()).getCharacterBounds(at + 2);
            return title.localToScreen(new BoundingBox(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()));
        });
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY())).clickOn(MouseButton.SECONDARY);
        waitUntil(() -> robot.lookup(".pw-spell-suggestion").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".pw-spell-suggestion").<Node>query());
        waitUntil(() -> title.getText().equals(before + " Wonderful"));
        // the form edit reaches the post's text like any other
        waitUntil(() -> view.viewModel().getText().contains("Wonderful"));
    }
}
