package dev.postwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.theme.Themes;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MarkdownEditorUiTest {
    MarkdownEditorPane pane;
    MarkdownEditor editor;
    CodeArea area;

    @Start
    void start(Stage stage) {
        // The app's stylesheets use the theme's colour names; tests run with the light theme like the app.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        pane = new MarkdownEditorPane();
        editor = pane.editor();
        area = editor.area();
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
    }

    @Stop
    void stop() {
        pane.dispose();
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Collection<String> styleAt(int pos) {
        return fx(() -> area.getStyleOfChar(pos));
    }

    void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 5 s", e);
        }
    }

    void load(FxRobot robot, String text) {
        robot.interact(() -> {
            editor.replaceText(text);
            area.requestFocus();
        });
    }

    void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).type(keys).release(KeyCode.CONTROL);
    }

    @Test
    void typedTextIsHighlightedAfterTheDebounce(FxRobot robot) {
        robot.clickOn(area).write("# Title");
        robot.type(KeyCode.ENTER).write("some **bold** and `code`");
        String text = "# Title\nsome **bold** and `code`";
        assertEquals(text, fx(editor::getText));
        waitUntil(() -> area.getStyleOfChar(3).contains("md-h1")
                && area.getStyleOfChar(text.indexOf("bold")).contains("md-strong")
                && area.getStyleOfChar(text.indexOf("code")).contains("md-code"));
    }

    @Test
    void ctrlBWrapsTheSelectionAndUndoesInOneStep(FxRobot robot) {
        load(robot, "make this bold");
        robot.interact(() -> area.selectRange(5, 9));
        shortcut(robot, KeyCode.B);
        assertEquals("make **this** bold", fx(editor::getText));
        assertEquals("this", fx(area::getSelectedText));
        shortcut(robot, KeyCode.B);
        assertEquals("make this bold", fx(editor::getText));
        shortcut(robot, KeyCode.Z);
        assertEquals("make **this** bold", fx(editor::getText));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("make this bold", fx(editor::getText));
    }

    @Test
    void headingAndListShortcuts(FxRobot robot) {
        load(robot, "Title\nitem");
        shortcut(robot, KeyCode.DIGIT2);
        assertEquals("## Title\nitem", fx(editor::getText));
        robot.interact(() -> area.moveTo(1, 0));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DIGIT8).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("## Title\n- item", fx(editor::getText));
    }

    @Test
    void findShowsTheMatchCount(FxRobot robot) {
        load(robot, "cat Cat dog cat");
        shortcut(robot, KeyCode.F);
        robot.write("cat");
        waitUntil(() -> pane.findBar().getMatchCountText().equals("1 of 3"));
        assertEquals("cat", fx(area::getSelectedText));
        robot.type(KeyCode.ENTER);
        assertEquals("2 of 3", fx(pane.findBar()::getMatchCountText));
        waitUntil(() -> area.getStyleOfChar(5).contains("md-search-current")
                && area.getStyleOfChar(13).contains("md-search-hit"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(pane.findBar()::isVisible));
        assertTrue(fx(area::isFocused));
    }

    @Test
    void invalidRegexMarksTheFieldInsteadOfFailing(FxRobot robot) {
        load(robot, "text");
        shortcut(robot, KeyCode.F);
        robot.clickOn("#regex").clickOn("#find-field").write("(");
        waitUntil(() -> pane.findBar().getMatchCountText().startsWith("Invalid regex"));
        assertTrue(fx(() -> robot.lookup("#find-field").query().getStyleClass().contains("invalid")));
    }

    @Test
    void replaceAllIsOneUndoStep(FxRobot robot) {
        load(robot, "cat Cat dog cat");
        shortcut(robot, KeyCode.H);
        robot.write("cat");
        robot.clickOn("#replace-field").write("cow");
        robot.clickOn("#replace-all");
        assertEquals("cow cow dog cow", fx(editor::getText));
        robot.interact(area::undo);
        assertEquals("cat Cat dog cat", fx(editor::getText));
    }

    @Test
    void goToMovesTheCaretAndMarksTheCurrentLine(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            text.append("line ").append(i).append('\n');
        }
        load(robot, text.toString());
        robot.interact(() -> editor.goTo(150, 3));
        assertEquals(150, fx(editor::getCaretLine));
        assertEquals(3, fx(editor::getCaretColumn));
        waitUntil(() -> area.getParagraph(149).getParagraphStyle().contains("md-current-line")
                && editor.firstVisibleLine() > 1);
        waitUntil(() -> !area.getParagraph(0).getParagraphStyle().contains("md-current-line"));
    }

    @Test
    void problemsAreUnderlinedOverTheSyntax(FxRobot robot) {
        load(robot, "# hello world\nplain");
        robot.interact(() -> editor.showProblems(List.of(new Underline(1, 9, 5, "error", "bad word"))));
        waitUntil(() -> area.getStyleOfChar(8).contains("md-problem-error"));
        assertTrue(styleAt(8).contains("md-h1"), "syntax style kept under the underline");
        assertFalse(styleAt(2).contains("md-problem-error"));
        robot.interact(() -> editor.showProblems(List.of()));
        waitUntil(() -> !area.getStyleOfChar(8).contains("md-problem-error"));
    }

    @Test
    void theSameUnderlinesAgainDoNotRestyle(FxRobot robot) throws InterruptedException {
        load(robot, "# hello world\nplain");
        List<Underline> bad = List.of(new Underline(1, 9, 5, "error", "bad word"));
        robot.interact(() -> editor.showProblems(bad));
        waitUntil(() -> area.getStyleOfChar(8).contains("md-problem-error"));
        Thread.sleep(200); // let the restyle settle
        int[] styleChanges = {0};
        var counting =
                fx(() -> area.richChanges().filter(c -> c.isPlainTextIdentity()).subscribe(c -> styleChanges[0]++));
        robot.interact(() -> editor.showProblems(List.of(new Underline(1, 9, 5, "error", "bad word"))));
        Thread.sleep(300); // ten times the restyle debounce
        assertEquals(0, fx(() -> styleChanges[0]), "an equal list changes nothing");
        robot.interact(() -> editor.showProblems(List.of(new Underline(1, 9, 3, "error", "bad word"))));
        waitUntil(() -> styleChanges[0] > 0 && !area.getStyleOfChar(12).contains("md-problem-error"));
        robot.interact(counting::unsubscribe);
    }

    @Test
    void theFullPassRestylesOnlyTheParagraphsItChanges(FxRobot robot) throws InterruptedException {
        load(robot, "# Title\n\nsome *text* here\n\nmore text\n\nlast line\n");
        robot.interact(() -> area.moveTo(area.getText().indexOf("here"))); // the writer's caret, where they type
        waitUntil(() -> styleAt(6).contains("md-heading")
                && area.getParagraph(2).getParagraphStyle().contains("md-current-line"));
        Thread.sleep(200); // the pass after loading has settled
        int[] restyles = {0};
        var counting =
                fx(() -> area.richChanges().filter(c -> c.isPlainTextIdentity()).subscribe(c -> restyles[0]++));
        robot.interact(() -> area.insertText(area.getCaretPosition(), "x"));
        Thread.sleep(300); // ten times the debounce: the full pass has run
        assertEquals(
                0,
                fx(() -> restyles[0]),
                "a letter typed inside a word leaves the styles as they were: "
                        + "no restyle in the keystroke, none from the full pass");

        // a marker that changes the paragraph's styles is styled in the keystroke's own event
        int[] inEvent = new int[1];
        robot.interact(() -> {
            area.insertText(area.getText().indexOf("here"), "`code` ");
            inEvent[0] = restyles[0];
        });
        assertEquals(1, inEvent[0], "the typed paragraph restyled once, in the same event");

        // a fence opened above changes the paragraphs below it: the full pass restyles those
        robot.interact(() -> area.insertText(area.getText().indexOf("more"), "```\n"));
        waitUntil(() -> styleAt(fx(() -> area.getText().indexOf("last"))).contains("md-code-block"));
        robot.interact(counting::unsubscribe);
    }

    @Test
    void aFormEditReplacesTheTextOnceAlreadyStyledAndTheCaretStaysInTheBody(FxRobot robot) {
        String text = "---\ntitle: Bread\ndraft: false\n---\n\n# Heading\n\nbody text\n";
        load(robot, text);
        robot.interact(() -> area.moveTo(text.indexOf("body") + 2));
        waitUntil(() -> !styleAt(text.indexOf("Bread")).isEmpty());
        java.util.List<Object> changes = new java.util.ArrayList<>();
        robot.interact(() -> {
            var sub = area.richChanges().subscribe(changes::add);
            int at = text.indexOf("Bread") + "Bread".length();
            editor.applyFieldEdit(new EditorEdit(at, at, " and butter", 0, 0));
            sub.unsubscribe();
        });
        assertEquals(1, changes.size(), "one change to the document: no second pass that restyles the line");
        String now = fx(area::getText);
        assertEquals(text.replace("Bread", "Bread and butter"), now);
        assertEquals(now.indexOf("body") + 2, (int) fx(area::getCaretPosition), "the caret moved with its text");
        int typed = now.indexOf("butter");
        assertEquals(
                fx(() -> {
                    int off = typed + 1 - now.indexOf("title");
                    return MarkdownHighlighter.highlightRange(now, 1, 1)
                            .subView(off, off + 1)
                            .getStyleSpan(0)
                            .getStyle();
                }),
                fx(() -> area.getStyleOfChar(typed + 1)),
                "the inserted text has the line's highlighting at once");
    }

    @Test
    void theEditedLinesCellIsMadeInTheEditsEventNotInTheFramesLayout(FxRobot robot) {
        load(robot, "one\n\ntwo\n\nthree\n\nfour\n");
        waitUntil(() -> area.lookupAll(".paragraph-box").size() >= 7);
        int[] counts = fx(() -> {
            int before = area.lookupAll(".paragraph-box").size();
            area.insertText(area.getText().indexOf("two") + 3, "s");
            // made during the frame's layout instead, the new cell would leave CSS work pending after that
            // frame, and JavaFX would repaint the whole window in the next one
            return new int[] {before, area.lookupAll(".paragraph-box").size()};
        });
        assertEquals(counts[0], counts[1], "the edited line has its cell before the frame");
    }

    @Test
    void anEditAwayFromTheCaretIsStyledWhereItIs(FxRobot robot) {
        load(robot, "plain\n\nmore plain\n");
        waitUntil(() -> !styleAt(1).contains("md-heading"));
        robot.interact(() -> area.insertText(area.getText().indexOf("more"), "## ")); // a quick fix, a form edit
        assertTrue(
                fx(() -> area.getStyleOfChar(area.getText().indexOf("more") + 1))
                        .contains("md-heading"),
                "styled in the same event, not only after the full pass");
    }

    @Test
    void largeTextIsHighlightedAroundTheViewport(FxRobot robot) {
        String text = "# Top\n" + "a *b* c\n".repeat(20_000) + "# Bottom";
        load(robot, text);
        waitUntil(() -> area.getStyleOfChar(2).contains("md-h1"));
        robot.interact(() -> editor.scrollToLine(20_001));
        waitUntil(() -> area.getStyleOfChar(text.length() - 2).contains("md-h1"));
    }

    @Test
    void theParagraphBeingTypedInIsStyledInTheSameFrame(FxRobot robot) {
        Collection<?>[] style = new Collection<?>[1];
        robot.interact(() -> {
            editor.replaceText("Some text.\n\nMore text.\n");
            editor.area().insertText(0, "## A heading ");
            // Read in the same FX call: the debounced pass cannot have run yet.
            style[0] = editor.area().getStyleOfChar(4);
        });
        Assertions.assertTrue(style[0].contains("md-heading"), String.valueOf(style[0]));
    }

    @Test
    void lineNumbersArePaddedToTheLineCount(FxRobot robot) {
        load(robot, "one\n".repeat(8) + "nine");
        waitUntil(() -> numbers().size() == 9);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), numbers());
        robot.interact(() -> area.appendText("\nten")); // the count gains a digit: every number is padded anew
        waitUntil(() -> numbers().size() == 10);
        assertEquals(List.of(" 1", " 2", " 3", " 4", " 5", " 6", " 7", " 8", " 9", "10"), numbers());
        assertEquals(
                1,
                fx(() -> area.lookupAll(".lineno").stream()
                        .map(n -> n.getLayoutBounds().getWidth())
                        .distinct()
                        .count()),
                "one gutter width, so the text does not shift");
        robot.interact(() -> area.deleteText(area.getText().lastIndexOf("\nten"), area.getLength()));
        waitUntil(() -> numbers().equals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")));
    }

    /** The line numbers on screen, top to bottom. */
    List<String> numbers() {
        return fx(() -> area.lookupAll(".lineno").stream()
                .filter(n -> n instanceof LineNumbers.Number)
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .map(n -> ((LineNumbers.Number) n).label())
                .toList());
    }
}
