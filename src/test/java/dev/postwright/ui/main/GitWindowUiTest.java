package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.git.CommitDialog;
import dev.postwright.ui.git.PostDiffDialog;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.sitetree.GitMark;
import dev.postwright.ui.theme.Themes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Git in the real window (issue #22), headless: a copy of the sample site made a git repository with a bare
 * repository on disk as its remote (no network). A writer edits a post, sees its diff, commits it with its new
 * image from the dialog and pushes; the sidebar marks each state; errors and unsaved tabs are asked about.
 */
@ExtendWith(ApplicationExtension.class)
class GitWindowUiTest {

    @TempDir
    static Path tmp;

    private final ExecutorService background = UiTests.workers();
    private final MainWindowUiTest.ScriptedDialogs dialogs = new MainWindowUiTest.ScriptedDialogs();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;
    private Path remote;
    private Git git;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        Path dir = tmp.resolve("case-" + System.nanoTime());
        site = TestSites.copySampleSite(dir.resolve("site"));
        remote = dir.resolve("remote.git");
        git = repositoryWithRemote(site, remote);
        vm = new MainViewModel(background, TestClocks.JUNE_2026, new MarkdownEngine());
        window = new MainWindow(stage, vm, url -> {}, dialogs);
        stage.setScene(PostwrightApp.buildScene(window));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        vm.open(site);
    }

    /** The site committed on {@code main}, pushed to a bare repository that {@code main} tracks. */
    static Git repositoryWithRemote(Path site, Path remote) throws Exception {
        Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        // the author in the repository's own config, so the test does not depend on the machine's
        config.setString("user", null, "name", "Ada Fieldwright");
        config.setString("user", null, "email", "ada@example.com");
        config.setBoolean("commit", null, "gpgsign", false);
        config.save();
        git.add().addFilepattern(".").call();
        git.commit().setMessage("The site").setSign(false).call();
        Git.init()
                .setBare(true)
                .setDirectory(remote.toFile())
                .setInitialBranch("main")
                .call()
                .close();
        git.remoteAdd()
                .setName("origin")
                .setUri(new URIish(remote.toUri().toString()))
                .call();
        git.push().setRemote("origin").add("main").call();
        config.setString("branch", "main", "remote", "origin");
        config.setString("branch", "main", "merge", "refs/heads/main");
        config.save();
        return git;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.postTabs().views().forEach(PostTabView::dispose));
        git.close();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        UiTests.waitUntil(30, condition);
    }

    private Path post(String name) {
        return site.resolve("src/data/blog").resolve(name).toAbsolutePath().normalize();
    }

    private PostTabView open(FxRobot robot, String name) {
        waitUntil(() -> vm.posts().totalCount() == 11);
        waitUntil(() -> window.gitTools().availableProperty().get());
        robot.interact(() -> window.postTabs().open(post(name)));
        waitUntil(() -> window.postTabs().selectedView().isPresent());
        return window.postTabs().selectedView().get();
    }

    private Label branchLabel(FxRobot robot) {
        return robot.from(window).lookup("#git-branch").queryAs(Label.class);
    }

    private GitMark mark(Path post) {
        return vm.posts().row(post).map(r -> r.git()).orElse(GitMark.NONE);
    }

    private ObjectId head() throws IOException {
        return git.getRepository().resolve("HEAD");
    }

    /** The files the last commit changed, relative to the repository. */
    private List<String> filesOfLastCommit() throws Exception {
        try (RevWalk walk = new RevWalk(git.getRepository());
                ObjectReader reader = git.getRepository().newObjectReader()) {
            RevCommit last = walk.parseCommit(head());
            RevCommit parent = walk.parseCommit(last.getParent(0));
            CanonicalTreeParser before = new CanonicalTreeParser(null, reader, parent.getTree());
            CanonicalTreeParser after = new CanonicalTreeParser(null, reader, last.getTree());
            List<String> files = new ArrayList<>();
            for (DiffEntry e : git.diff().setOldTree(before).setNewTree(after).call()) {
                files.add(e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath());
            }
            return files;
        }
    }

    /** A file as the last commit holds it. */
    private String committed(String repoPath) throws Exception {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit last = walk.parseCommit(head());
            try (TreeWalk tw = TreeWalk.forPath(git.getRepository(), repoPath, last.getTree())) {
                return new String(git.getRepository().open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static void typeAtEndOfBody(FxRobot robot, PostTabView tab, String text) {
        robot.clickOn(tab.editorPane().editor().area());
        robot.interact(() -> {
            var area = tab.editorPane().editor().area();
            area.moveTo(area.getLength());
        });
        robot.write(text);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.ALT, key).release(key, KeyCode.ALT, KeyCode.CONTROL);
    }

    /** The dialog window showing a node with this id, once it is there. */
    private static <T extends Node> T dialogNode(FxRobot robot, String id, Class<T> type) {
        waitUntil(() ->
                robot.lookup(id).tryQuery().filter(GitWindowUiTest::onScreen).isPresent());
        return robot.lookup(id).queryAs(type);
    }

    /** Shown, in a window that is showing (a dialog is built before its window opens). */
    private static boolean onScreen(Node n) {
        if (!n.isVisible() || n.getScene() == null || n.getScene().getWindow() == null) {
            return false;
        }
        Window w = n.getScene().getWindow();
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        // a new dialog's window takes its final size a pulse or two after it shows (slower on a busy machine)
        return w.isShowing()
                && b != null
                && new BoundingBox(w.getX(), w.getY(), w.getWidth(), w.getHeight()).contains(b);
    }

    /** Clicks the button with this text (an alert's) once it is inside its window. */
    private static void clickButton(FxRobot robot, String text) {
        waitUntil(() -> button(robot, text).isPresent());
        robot.clickOn(button(robot, text).orElseThrow());
    }

    private static Optional<Button> button(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && onScreen(b))
                .findFirst();
    }

    /** Clicks a dialog's button once it is inside its window. */
    private static void clickWhenShown(FxRobot robot, String id) {
        robot.clickOn(dialogNode(robot, id, Node.class));
    }

    private static Optional<Window> dialogWith(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.getScene().getWindow());
    }

    @Test
    void aWriterEditsSeesTheDiffCommitsThePostWithItsNewImageAndPushes(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, "welcome-to-field-notes.md");
        Label branch = branchLabel(robot);
        waitUntil(() -> branch.getText().equals("⎇ main ↑0 ↓0"));
        assertTrue(branch.isVisible());
        // a new image in public/, as pasting one would leave it
        Path image = site.resolve("public/images/fifth-notebook.png");
        Files.copy(site.resolve("public/images/starter-bubbles.png"), image);

        // the writer changes the title in the form and adds a paragraph with the image to the body
        TextField title = robot.from(window).lookup("#field-title").queryAs(TextField.class);
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END);
        robot.write(" and Friends");
        waitUntil(() -> tab.viewModel().getText().contains("title: Welcome to Field Notes and Friends\n"));
        typeAtEndOfBody(
                robot, tab, "\nThere is a fifth notebook now.\n\n![The fifth notebook](/images/fifth-notebook.png)\n");

        // Git → Show Changes, before saving: the title field old → new, the added lines, the new image
        shortcut(robot, KeyCode.D);
        assertTrue(
                dialogNode(robot, "#diff-unsaved-note", Label.class).getText().contains("not saved yet"));
        Node fields = dialogNode(robot, "#diff-fields", Node.class);
        List<String> fieldTexts = robot.from(fields).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
        assertTrue(fieldTexts.contains("title"), fieldTexts.toString());
        assertTrue(fieldTexts.contains("Welcome to Field Notes"), fieldTexts.toString());
        assertTrue(fieldTexts.contains("Welcome to Field Notes and Friends"), fieldTexts.toString());
        @SuppressWarnings("unchecked")
        ListView<PostDiffDialog.Row> body = robot.lookup("#diff-body").queryAs(ListView.class);
        List<String> added = body.getItems().stream()
                .filter(r -> r.style().equals("pw-diff-added"))
                .map(PostDiffDialog.Row::text)
                .toList();
        assertTrue(added.stream().anyMatch(r -> r.contains("There is a fifth notebook now.")), added.toString());
        assertTrue(
                added.stream().anyMatch(r -> r.contains("![The fifth notebook](/images/fifth-notebook.png)")),
                added.toString());
        @SuppressWarnings("unchecked")
        ListView<String> images = robot.lookup("#diff-images").queryAs(ListView.class);
        assertTrue(
                images.getItems().stream().anyMatch(i -> i.contains("fifth-notebook.png")),
                images.getItems().toString());
        Window diffWindow = dialogWith(robot, "#diff-body").orElseThrow();
        robot.interact(diffWindow::hide);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !tab.viewModel().isDirty());
        assertTrue(dialogs.errorsAsked.isEmpty(), "the edit is clean: " + dialogs.errorsAsked);
        waitUntil(() -> mark(post("welcome-to-field-notes.md")) == GitMark.MODIFIED);

        // Git → Commit…: the open post ticked with its image, the message prefilled from its title
        ObjectId before = head();
        shortcut(robot, KeyCode.C);
        List<CheckBoxTreeItem<CommitDialog.Item>> offered = offeredPosts(robot);
        assertEquals(1, offered.size(), "only the changed post is offered");
        assertTrue(offered.get(0).isSelected(), "the open post is ticked");
        TreeItem<CommitDialog.Item> imageItem = offered.get(0).getChildren().get(0);
        assertTrue(imageItem.getValue().file().endsWith("fifth-notebook.png"));
        assertTrue(((CheckBoxTreeItem<CommitDialog.Item>) imageItem).isSelected(), "its image is ticked with it");
        assertEquals(
                "update: Welcome to Field Notes and Friends",
                robot.lookup("#commit-message").queryAs(TextArea.class).getText());
        clickWhenShown(robot, "#commit-ok");
        waitUntil(() -> !head().equals(before));
        assertEquals(
                List.of("public/images/fifth-notebook.png", "src/data/blog/welcome-to-field-notes.md"),
                filesOfLastCommit().stream().sorted().toList());
        assertEquals(
                Files.readString(post("welcome-to-field-notes.md")),
                committed("src/data/blog/welcome-to-field-notes.md"));
        waitUntil(() -> mark(post("welcome-to-field-notes.md")) == GitMark.NONE);
        waitUntil(() -> branch.getText().equals("⎇ main ↑1 ↓0"));

        // Git → Push: the bare remote's branch moves to the new commit
        robot.clickOn("Git").clickOn("Push");
        waitUntil(() -> head().equals(remoteMain()));
        waitUntil(() -> branch.getText().equals("⎇ main ↑0 ↓0"));
    }

    @Test
    void theSidebarMarksEachStateWithALetterAndWords(FxRobot robot) throws Exception {
        waitUntil(() -> vm.posts().totalCount() == 11);
        waitUntil(() -> window.gitTools().lastStatus().isPresent());
        // conflicted: the same line changed on a branch and on main, then merged
        Path packing = post("day-hike-packing-list.md");
        git.checkout().setCreateBranch(true).setName("other").call();
        Files.writeString(packing, Files.readString(packing) + "\nPack a spare pair of socks.\n");
        git.commit().setAll(true).setMessage("socks").setSign(false).call();
        git.checkout().setName("main").call();
        Files.writeString(packing, Files.readString(packing) + "\nPack a second water bottle.\n");
        git.commit().setAll(true).setMessage("water").setSign(false).call();
        assertEquals(
                MergeResult.MergeStatus.CONFLICTING,
                git.merge().include(git.getRepository().resolve("other")).call().getMergeStatus());
        // modified; staged; new (untracked); added (staged new); ignored
        Path starter = post("sourdough-starter.md");
        Files.writeString(starter, Files.readString(starter) + "\nDay nine: it doubled.\n");
        Path tools = post("tiny-tools-for-notes.md");
        Files.writeString(tools, Files.readString(tools) + "\nOne more tool.\n");
        git.add().addFilepattern("src/data/blog/tiny-tools-for-notes.md").call();
        String newPost = "---\ntitle: A new idea\npubDatetime: 2025-06-01\ndescription: A post git has not seen, "
                + "long enough for the description rule.\ntags: [meta]\n---\n\nBody.\n";
        Files.writeString(post("new-idea.md"), newPost);
        Files.writeString(post("added-idea.md"), newPost.replace("A new idea", "An added idea"));
        git.add().addFilepattern("src/data/blog/added-idea.md").call();
        Files.writeString(site.resolve(".gitignore"), "scratch-*.md\n");
        Files.writeString(post("scratch-ignored.md"), newPost.replace("A new idea", "Scratch"));

        robot.interact(() -> window.gitTools().refresh());
        waitUntil(() -> vm.posts().totalCount() == 14);
        waitUntil(() -> mark(post("scratch-ignored.md")) == GitMark.IGNORED);
        assertEquals(GitMark.CONFLICTED, mark(packing));
        assertEquals(GitMark.MODIFIED, mark(starter));
        assertEquals(GitMark.STAGED, mark(tools));
        assertEquals(GitMark.NEW, mark(post("new-idea.md")));
        assertEquals(GitMark.ADDED, mark(post("added-idea.md")));
        assertEquals(GitMark.NONE, mark(post("ridge-walk-in-october.md")), "an unchanged post has no mark");

        // the cells show the letter with the state in words as its tooltip
        waitUntil(
                () -> robot.from(window).lookup(".pw-git-conflicted").tryQuery().isPresent());
        Label conflicted = robot.from(window).lookup(".pw-git-conflicted").queryAs(Label.class);
        assertEquals("C", conflicted.getText());
        assertTrue(
                conflicted.getTooltip().getText().startsWith("Conflicted"),
                conflicted.getTooltip().getText());
        List<String> letters = robot.from(window).lookup(".pw-git-mark").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .sorted()
                .toList();
        assertTrue(letters.containsAll(List.of("A", "C", "I", "M", "S", "U")), letters.toString());
        // main has the merge's own commit ("water") that origin/main lacks
        waitUntil(() -> branchLabel(robot).getText().equals("⎇ main ↑1 ↓0"));
    }

    @Test
    void errorsInThePostsToCommitBlockUntilTheWriterCommitsAnyway(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, "welcome-to-field-notes.md");
        typeAtEndOfBody(robot, tab, "\nMore on this in [a later post](/posts/no-such-post/).\n");
        waitUntil(
                () -> tab.viewModel().problems().stream().anyMatch(p -> p.rule().equals("link.post-missing")));
        dialogs.saveWithErrors = Dialogs.SaveWithErrors.SAVE_ANYWAY;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !tab.viewModel().isDirty());
        ObjectId before = head();

        // the error is shown and Cancel commits nothing
        shortcut(robot, KeyCode.C);
        assertTrue(offeredPosts(robot).get(0).isSelected());
        clickWhenShown(robot, "#commit-ok");
        @SuppressWarnings("unchecked")
        ListView<String> errors = dialogNode(robot, "#commit-errors", ListView.class);
        assertTrue(
                errors.getItems().stream().anyMatch(e -> e.contains("link.post-missing")),
                errors.getItems().toString());
        clickButton(robot, "Cancel");
        waitUntil(() -> robot.lookup("#commit-errors").tryQuery().isEmpty());
        assertEquals(before, head());
        assertEquals(GitMark.MODIFIED, mark(tab.viewModel().path()));

        // Commit Anyway commits it, as Save Anyway saves
        shortcut(robot, KeyCode.C);
        offeredPosts(robot);
        clickWhenShown(robot, "#commit-ok");
        dialogNode(robot, "#commit-errors", ListView.class);
        clickButton(robot, "Commit Anyway");
        waitUntil(() -> !head().equals(before));
        assertTrue(committed("src/data/blog/welcome-to-field-notes.md").contains("/posts/no-such-post/"));
    }

    @Test
    void aTabWithUnsavedEditsIsSavedBeforeItIsCommittedOrNothingHappens(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, "sourdough-starter.md");
        Path file = tab.viewModel().path();
        String disk = Files.readString(file);
        typeAtEndOfBody(robot, tab, "\nDay nine: the starter doubled in four hours.\n");
        waitUntil(() -> tab.viewModel().isDirty());
        ObjectId before = head();

        // asked first; Cancel leaves everything as it was: nothing saved, nothing committed
        shortcut(robot, KeyCode.C);
        waitUntil(() -> robot.lookup("Commit Without Them").tryQuery().isPresent());
        clickButton(robot, "Cancel");
        waitUntil(() -> robot.lookup("Commit Without Them").tryQuery().isEmpty());
        assertTrue(robot.lookup("#commit-files").tryQuery().isEmpty(), "no commit dialog");
        assertEquals(disk, Files.readString(file));
        assertTrue(tab.viewModel().isDirty());
        assertEquals(before, head());

        // Save: the tab is saved, then committed as saved
        shortcut(robot, KeyCode.C);
        waitUntil(() -> robot.lookup("Commit Without Them").tryQuery().isPresent());
        clickButton(robot, "Save");
        List<CheckBoxTreeItem<CommitDialog.Item>> offered = offeredPosts(robot);
        assertFalse(tab.viewModel().isDirty());
        assertEquals(file, offered.get(0).getValue().file());
        assertTrue(offered.get(0).isSelected());
        clickWhenShown(robot, "#commit-ok");
        waitUntil(() -> !head().equals(before));
        assertTrue(committed("src/data/blog/sourdough-starter.md")
                .endsWith("\nDay nine: the starter doubled in four hours.\n"));
        assertEquals(List.of("src/data/blog/sourdough-starter.md"), filesOfLastCommit());
    }

    @Test
    void fetchAndPullBringTheRemotesCommitAndARefusedPushIsExplainedInWords(FxRobot robot) throws Exception {
        waitUntil(() -> vm.posts().totalCount() == 11);
        Label branch = branchLabel(robot);
        waitUntil(() -> branch.getText().equals("⎇ main ↑0 ↓0"));
        // someone else pushes a change to the ridge walk
        Path ridge = post("ridge-walk-in-october.md");
        Path other = site.getParent().resolve("other-clone");
        try (Git theirs = Git.cloneRepository()
                .setURI(remote.toUri().toString())
                .setDirectory(other.toFile())
                .call()) {
            Path theirRidge = other.resolve("src/data/blog/ridge-walk-in-october.md");
            Files.writeString(theirRidge, Files.readString(theirRidge) + "\nThe bridge has been repaired.\n");
            theirs.commit()
                    .setAll(true)
                    .setMessage("update: A ridge walk in October")
                    .setAuthor("Bea", "bea@example.com")
                    .setCommitter("Bea", "bea@example.com")
                    .setSign(false)
                    .call();
            theirs.push().call();
        }
        robot.clickOn("Git").clickOn("Fetch");
        waitUntil(() -> branch.getText().equals("⎇ main ↑0 ↓1"));
        robot.clickOn("Git").clickOn("Pull (Fast-Forward Only)");
        waitUntil(() -> branch.getText().equals("⎇ main ↑0 ↓0"));
        assertTrue(Files.readString(ridge).endsWith("\nThe bridge has been repaired.\n"));
        assertEquals(remoteMain(), head());

        // both sides commit: the push is refused, said in words, and nothing is forced
        try (Git theirs = Git.open(other.toFile())) {
            Path theirRidge = other.resolve("src/data/blog/ridge-walk-in-october.md");
            Files.writeString(theirRidge, Files.readString(theirRidge) + "\nAnd the café reopened.\n");
            theirs.commit()
                    .setAll(true)
                    .setMessage("update: café")
                    .setAuthor("Bea", "bea@example.com")
                    .setCommitter("Bea", "bea@example.com")
                    .setSign(false)
                    .call();
            theirs.pull().call();
            theirs.push().call();
        }
        Path starter = post("sourdough-starter.md");
        Files.writeString(starter, Files.readString(starter) + "\nDay nine: it doubled.\n");
        git.commit().setAll(true).setMessage("update: starter").setSign(false).call();
        ObjectId theirsNow = remoteMain();
        robot.clickOn("Git").clickOn("Push");
        Label message = dialogNode(robot, ".dialog-pane .content", Label.class);
        String words = message.getText();
        assertTrue(words.toLowerCase(Locale.ROOT).contains("pull"), words);
        assertFalse(words.contains("Exception") || words.contains("\tat "), words);
        clickButton(robot, "OK");
        assertEquals(theirsNow, remoteMain(), "nothing forced");
    }

    private ObjectId remoteMain() throws IOException {
        try (Git bare = Git.open(remote.toFile())) {
            return bare.getRepository().resolve("refs/heads/main");
        }
    }

    /** The posts the commit dialog offers (with their images as children), once it shows. */
    private static List<CheckBoxTreeItem<CommitDialog.Item>> offeredPosts(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<CommitDialog.Item> tree = dialogNode(robot, "#commit-files", TreeView.class);
        List<CheckBoxTreeItem<CommitDialog.Item>> out = new ArrayList<>();
        tree.getRoot().getChildren().forEach(i -> out.add((CheckBoxTreeItem<CommitDialog.Item>) i));
        return out;
    }
}
