package dev.postwright.ui.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.git.GitFileState;
import dev.postwright.workspace.git.GitIdentity;
import dev.postwright.workspace.git.PostDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The commit dialog on its own: ticking, the message following the ticked titles, asking for the author once. */
@ExtendWith(ApplicationExtension.class)
class CommitDialogUiTest {

    private static final Path SITE = Path.of("/site").toAbsolutePath();
    private Stage stage;
    private CommitDialog dialog;
    private final AtomicReference<Optional<CommitDialog.Choice>> result = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    private static CommitCandidate candidate(String name, String title, GitFileState state, boolean ticked) {
        Path post = SITE.resolve("src/data/blog").resolve(name);
        Path image = SITE.resolve("public/images").resolve(name.replace(".md", ".png"));
        return new CommitCandidate(
                post,
                "src/data/blog/" + name,
                title,
                state,
                List.of(new PostDiff.ImageChange(image, GitFileState.NEW)),
                ticked);
    }

    private void show(FxRobot robot, boolean askIdentity) {
        List<CommitCandidate> candidates = List.of(
                candidate("rye.md", "Winter rye plans", GitFileState.MODIFIED, true),
                candidate("kiln.md", "A first kiln firing", GitFileState.NEW, false));
        robot.interact(() -> {
            dialog = new CommitDialog(stage, candidates, "main ↑0 ↓0", askIdentity);
            dialog.setOnHidden(e -> result.set(Optional.ofNullable(dialog.getResult())));
            dialog.show(); // not showAndWait: that would block the FX thread in a nested loop
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#commit-message").queryAs(TextArea.class).getText();
    }

    @Test
    void theMessageFollowsTheTickedPostsUntilTheWriterEditsIt(FxRobot robot) {
        show(robot, false);
        List<CheckBoxTreeItem<CommitDialog.Item>> posts = dialog.postItems();
        assertTrue(posts.get(0).isSelected(), "the open post is ticked");
        assertFalse(posts.get(1).isSelected(), "another changed post is offered, not ticked");
        assertEquals("update: Winter rye plans", message(robot));
        robot.interact(() -> posts.get(1).setSelected(true));
        assertEquals("posts: Winter rye plans, A first kiln firing", message(robot));
        assertTrue(
                ((CheckBoxTreeItem<CommitDialog.Item>)
                                posts.get(1).getChildren().get(0))
                        .isSelected(),
                "a post's image is ticked with it");
        // unticking an image leaves its post ticked
        robot.interact(() -> ((CheckBoxTreeItem<CommitDialog.Item>)
                        posts.get(1).getChildren().get(0))
                .setSelected(false));
        assertTrue(posts.get(1).isSelected());

        robot.clickOn("#commit-message").write(" (first firing)");
        robot.interact(() -> posts.get(0).setSelected(false));
        assertEquals(
                "posts: Winter rye plans, A first kiln firing (first firing)",
                message(robot),
                "the writer's message is theirs");
        robot.clickOn("#commit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        CommitDialog.Choice choice = result.get().orElseThrow();
        assertEquals(List.of(SITE.resolve("src/data/blog/kiln.md")), choice.posts());
        assertEquals(List.of(), choice.images(), "the unticked image stays out");
        assertEquals(Optional.empty(), choice.newIdentity());
    }

    @Test
    void withoutAnAuthorTheDialogAsksForOneAndCommitWaitsForBothParts(FxRobot robot) {
        show(robot, true);
        Button commit = robot.lookup("#commit-ok").queryAs(Button.class);
        assertTrue(commit.isDisabled());
        robot.clickOn("#commit-name").write("Ada Fieldwright");
        assertTrue(commit.isDisabled(), "an email is needed too");
        robot.clickOn("#commit-email").write("ada@example.com");
        assertFalse(commit.isDisabled());
        robot.clickOn(commit);
        WaitForAsyncUtils.waitForFxEvents();
        CommitDialog.Choice choice = result.get().orElseThrow();
        assertEquals(Optional.of(new GitIdentity("Ada Fieldwright", "ada@example.com")), choice.newIdentity());
        assertEquals(List.of(SITE.resolve("public/images/rye.png")), choice.images());
    }

    @Test
    void withAnAuthorThereIsNothingToAskAndNothingTickedMeansNoCommit(FxRobot robot) {
        show(robot, false);
        assertTrue(robot.lookup("#commit-name").tryQuery().isEmpty());
        Button commit = robot.lookup("#commit-ok").queryAs(Button.class);
        assertFalse(commit.isDisabled());
        robot.interact(() -> dialog.postItems().get(0).setSelected(false));
        assertTrue(commit.isDisabled(), "nothing ticked");
    }
}
