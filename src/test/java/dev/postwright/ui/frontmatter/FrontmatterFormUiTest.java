package dev.postwright.ui.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.YamlValue;
import dev.postwright.ui.frontmatter.FormFixtures.Wired;
import dev.postwright.ui.theme.Themes;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FrontmatterFormUiTest {
    Wired wired;
    FrontmatterForm form;

    @Start
    void start(Stage stage) {
        // The app's stylesheets use the theme's colour names; tests run with the light theme like the app.
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        wired = new Wired(FormFixtures.POST);
        form = new FrontmatterForm(wired.vm);
        stage.setScene(new Scene(form, 800, 700));
        stage.show();
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 5 s", e);
        }
    }

    @Test
    void showsTheTitleAndTypingEmitsAnEdit(FxRobot robot) {
        TextField title = robot.lookup("#field-title").queryAs(TextField.class);
        assertEquals("Baking sourdough at home", fx(title::getText));
        robot.clickOn(title);
        robot.interact(title::end);
        robot.write("!");
        assertEquals(
                List.of(new FormEdit.SetValue("title", YamlValue.string("Baking sourdough at home!"))), wired.edits);
        assertTrue(wired.doc.text().contains("title: Baking sourdough at home!\n"));
    }

    @Test
    void theRawToggleShowsTheYaml(FxRobot robot) {
        TextArea raw = robot.lookup("#raw-yaml").queryAs(TextArea.class);
        assertFalse(fx(raw::isVisible));
        robot.clickOn("#raw-toggle");
        assertTrue(fx(raw::isVisible));
        assertTrue(fx(raw::getText).startsWith("# Written on the train\ntitle: Baking sourdough at home\n"));
    }

    @Test
    void rawEditsAreEmittedAfterAQuietPause(FxRobot robot) {
        robot.clickOn("#raw-toggle");
        TextArea raw = robot.lookup("#raw-yaml").queryAs(TextArea.class);
        robot.interact(() -> raw.setText(raw.getText().replace("mood: cheerful", "mood: calm")));
        assertTrue(wired.edits.isEmpty());
        waitUntil(() -> !wired.edits.isEmpty());
        assertTrue(wired.edits.get(0) instanceof FormEdit.RawYaml);
        assertEquals("calm", fx(() -> wired.row("mood").text().get()));
    }

    @Test
    void aWarningMarksTheTagsControl(FxRobot robot) {
        robot.interact(() -> wired.vm.setProblems(List.of(
                new Problem(Path.of("p.md"), 9, 8, Severity.WARNING, "tag.format", "Tag style", Optional.empty()))));
        Node tags = robot.lookup("#field-tags").query();
        assertTrue(fx(() -> tags.getStyleClass().contains("pw-field-warning")));
        robot.interact(() -> wired.vm.setProblems(List.of()));
        assertFalse(fx(() -> tags.getStyleClass().contains("pw-field-warning")));
    }

    @Test
    void typingATagAndEnterAddsAChip(FxRobot robot) {
        FlowPane chips = robot.lookup("#field-tags").queryAs(FlowPane.class);
        int before = fx(() -> chips.getChildren().size());
        robot.clickOn("#tag-input").write("bread").type(KeyCode.ENTER);
        assertEquals(
                List.of("sourdough", "baking", "bread"),
                fx(() -> List.copyOf(wired.row("tags").tags())));
        assertEquals(before + 1, fx(() -> chips.getChildren().size()));
        assertTrue(wired.doc.text().contains("tags: [sourdough, baking, bread]"));
        robot.type(KeyCode.BACK_SPACE);
        assertEquals(
                List.of("sourdough", "baking"),
                fx(() -> List.copyOf(wired.row("tags").tags())));
    }

    @Test
    void brokenYamlShowsTheErrorAndTheRawText(FxRobot robot) {
        robot.interact(() -> wired.vm.setDocument(FormFixtures.parse("---\ntitle: [x\n---\nbody\n")));
        assertTrue(fx(() -> robot.lookup("#yaml-error").query().isVisible()));
        assertTrue(fx(() -> robot.lookup("#raw-yaml").query().isVisible()));
        assertEquals(
                "title: [x\n",
                fx(() -> robot.lookup("#raw-yaml").queryAs(TextArea.class).getText()));
    }

    @Test
    void focusFieldFocusesTheControl(FxRobot robot) {
        robot.interact(() -> form.focusField("author"));
        assertTrue(fx(() -> robot.lookup("#field-author").query().isFocused()));
    }
}
