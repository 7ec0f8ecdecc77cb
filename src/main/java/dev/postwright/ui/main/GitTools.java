package dev.postwright.ui.main;

import dev.postwright.site.PostSummary;
import dev.postwright.ui.git.CommitCandidate;
import dev.postwright.ui.git.CommitDialog;
import dev.postwright.ui.git.FxGitDialogs;
import dev.postwright.ui.git.GitDialogs;
import dev.postwright.ui.git.GitFailure;
import dev.postwright.ui.git.GitMarks;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.git.CommitRequest;
import dev.postwright.workspace.git.CommitResult;
import dev.postwright.workspace.git.GitFileState;
import dev.postwright.workspace.git.GitIdentity;
import dev.postwright.workspace.git.GitRepo;
import dev.postwright.workspace.git.GitStatus;
import dev.postwright.workspace.git.PostDiff;
import dev.postwright.workspace.git.SyncResult;
import dev.postwright.workspace.post.SaveOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Git in the window (issue #22): the Git menu, the branch in the status bar and each post's state in the sidebar,
 * for a site inside a git repository; a site outside git shows none of it. Every call into the repository runs
 * on the background executor; results come back on the FX thread.
 */
final class GitTools {

    private final MainViewModel vm;
    private final PostTabs postTabs;
    private GitDialogs dialogs;
    private final Label branch = new Label();
    private final Tooltip branchTip = new Tooltip();
    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final BooleanProperty syncing = new SimpleBooleanProperty(false);
    /** The open site's repository was looked for (found or not): tests wait for it. */
    private final BooleanProperty looked = new SimpleBooleanProperty(false);

    private final Menu menu = new Menu("_Git");
    private GitRepo repo;
    private SiteSession repoSession;
    /** How long after a site opens its repository is read. */
    static final long OPEN_DELAY_MS = 1500;

    private boolean refreshing;
    private boolean refreshAgain;

    GitTools(Stage stage, MainViewModel vm, PostTabs postTabs) {
        this.vm = vm;
        this.postTabs = postTabs;
        this.dialogs = new FxGitDialogs(stage);
        branch.setId("git-branch");
        branch.getStyleClass().add("pw-muted");
        branch.setTooltip(branchTip);
        branch.visibleProperty().bind(available);
        branch.managedProperty().bind(available);
        buildMenu();
        vm.sessionProperty().addListener((o, old, s) -> sessionChanged(s));
        sessionChanged(vm.sessionProperty().get());
        // Another program (a terminal, another editor) may have committed or pulled while the window was away.
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                refresh();
            }
        });
    }

    /** Tests answer the questions in code. */
    void setDialogs(GitDialogs dialogs) {
        this.dialogs = dialogs;
    }

    Menu menu() {
        return menu;
    }

    Node statusNode() {
        return branch;
    }

    BooleanProperty availableProperty() {
        return available;
    }

    BooleanProperty lookedProperty() {
        return looked;
    }

    private void buildMenu() {
        MenuItem diff = item("Show _Changes", "Shortcut+Alt+D", this::showChanges);
        diff.setId("menu-git-diff");
        MenuItem commit = item("_Commit…", "Shortcut+Alt+C", this::commit);
        commit.setId("menu-git-commit");
        MenuItem push = item("_Push", null, this::push);
        push.setId("menu-git-push");
        MenuItem pull = item("P_ull (Fast-Forward Only)", null, () -> sync("pull", GitRepo::pullFastForward));
        pull.setId("menu-git-pull");
        MenuItem fetch = item("_Fetch", null, () -> sync("fetch", GitRepo::fetch));
        fetch.setId("menu-git-fetch");
        diff.disableProperty().bind(syncing);
        commit.disableProperty().bind(syncing);
        push.disableProperty().bind(syncing);
        pull.disableProperty().bind(syncing);
        fetch.disableProperty().bind(syncing);
        menu.getItems().setAll(diff, commit, new SeparatorMenuItem(), push, pull, fetch);
        menu.visibleProperty().bind(available);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- the repository of the open site, and its status ----

    private void sessionChanged(SiteSession s) {
        GitRepo old = repo;
        repo = null;
        repoSession = s;
        available.set(false);
        looked.set(false);
        vm.posts().setGitMarks(Map.of());
        if (old != null) {
            CompletableFuture.runAsync(old::close, vm.background());
        }
        if (s == null || s.site().lone()) {
            looked.set(s != null);
            return;
        }
        Path root = s.site().root();
        // A moment after the site opens: reading the repository's status (JGit's classes, the index) would
        // otherwise compete with the first post's analysis and preview on a 2-core machine (about 0.15 s of the
        // cold start, measured).
        CompletableFuture.supplyAsync(
                        () -> GitRepo.open(root),
                        CompletableFuture.delayedExecutor(OPEN_DELAY_MS, TimeUnit.MILLISECONDS, vm.background()))
                .whenComplete((found, err) -> Platform.runLater(() -> {
                    Optional<GitRepo> r = err == null ? found : Optional.empty();
                    if (repoSession != s) {
                        r.ifPresent(g -> CompletableFuture.runAsync(g::close, vm.background()));
                        return;
                    }
                    r.ifPresent(g -> {
                        repo = g;
                        available.set(true);
                        refresh();
                    });
                    looked.set(true);
                }));
    }

    /**
     * Reads the status again (after a save, a commit, a pull, files changed outside, the window regaining
     * focus). One read at a time; calls meanwhile make one more read after it.
     */
    void refresh() {
        if (repo == null) {
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        GitRepo r = repo;
        SiteSession s = repoSession;
        CompletableFuture.supplyAsync(r::status, vm.background())
                .whenComplete((status, err) -> Platform.runLater(() -> {
                    refreshing = false;
                    if (r == repo) {
                        if (err != null) {
                            branch.setText("git: ?");
                            branchTip.setText(GitFailure.describe("read the git status", err));
                        } else {
                            show(status, s);
                        }
                    }
                    if (refreshAgain) {
                        refreshAgain = false;
                        refresh();
                    }
                }));
    }

    private void show(GitStatus status, SiteSession s) {
        lastStatus = status;
        branch.setText("⎇ " + GitMarks.branchLine(status));
        branchTip.setText(GitMarks.branchTooltip(status));
        vm.posts().setGitMarks(GitMarks.of(status, s.site().root()));
    }

    private GitStatus lastStatus;

    /** The status last shown, for tests. */
    Optional<GitStatus> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    // ---- Show Changes ----

    /** Git → Show Changes: the selected post against the last commit. */
    void showChanges() {
        Optional<PostTabView> view = postTabs.selectedView();
        if (repo == null || view.isEmpty()) {
            vm.statusProperty().set(repo == null ? "" : "Open a post to see its changes.");
            return;
        }
        GitRepo r = repo;
        SiteSession s = repoSession;
        Path post = view.get().viewModel().path();
        String text = view.get().viewModel().getText();
        String note = view.get().viewModel().isDirty()
                ? "Includes edits you have not saved yet. A commit takes the post as saved: save (Ctrl+S) first."
                : "";
        CompletableFuture.supplyAsync(() -> r.diff(s.site(), post, text), vm.background())
                .whenComplete((diff, err) -> Platform.runLater(() -> {
                    if (err != null) {
                        dialogs.showError("Could not show the changes", GitFailure.describe("show the changes", err));
                    } else {
                        dialogs.showDiff(
                                diff, s.site().relativize(post), note, s.site().root());
                    }
                }));
    }

    // ---- Commit ----

    /**
     * Git → Commit…: tabs with unsaved edits are saved (or the writer says to leave them), the dialog offers the
     * changed posts and their images, the chosen posts are validated like Save (errors ask first), then exactly
     * the chosen files are committed.
     */
    void commit() {
        if (repo == null) {
            return;
        }
        saveDirtyTabs().thenAccept(go -> {
            if (go) {
                gatherAndAsk();
            }
        });
    }

    /** Completes with false when the writer cancels or a save did not happen. */
    private CompletableFuture<Boolean> saveDirtyTabs() {
        CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
        for (PostTabView v : postTabs.views()) {
            chain = chain.thenCompose(ok -> {
                if (!ok || !v.viewModel().isDirty()) {
                    return CompletableFuture.completedFuture(ok);
                }
                String name = v.viewModel().path().getFileName().toString();
                return switch (dialogs.askUnsavedBeforeCommit(name)) {
                    case SAVE ->
                        postTabs.save(v, false)
                                .thenApply(o ->
                                        o instanceof SaveOutcome.Saved || o instanceof SaveOutcome.SavedWithNewUrl);
                    case LEAVE_UNSAVED -> CompletableFuture.completedFuture(true);
                    case CANCEL -> CompletableFuture.completedFuture(false);
                };
            });
        }
        return chain.thenApply(ok -> {
            if (!ok) {
                vm.statusProperty().set("Nothing committed.");
            }
            return ok;
        });
    }

    private record Gathered(GitStatus status, List<CommitCandidate> candidates, boolean identityMissing) {}

    private void gatherAndAsk() {
        GitRepo r = repo;
        SiteSession s = repoSession;
        Path selected = postTabs.selectedView().map(v -> v.viewModel().path()).orElse(null);
        vm.statusProperty().set("Looking for changed posts …");
        CompletableFuture.supplyAsync(() -> gather(r, s, selected), vm.background())
                .whenComplete((g, err) -> Platform.runLater(() -> {
                    if (err != null) {
                        dialogs.showError("Could not commit", GitFailure.describe("find the changed posts", err));
                        return;
                    }
                    show(g.status(), s);
                    if (g.candidates().isEmpty()) {
                        vm.statusProperty().set("Nothing to commit: every post is as in the last commit.");
                        return;
                    }
                    vm.statusProperty().set("");
                    dialogs.chooseCommit(g.candidates(), GitMarks.branchLine(g.status()), g.identityMissing())
                            .ifPresentOrElse(
                                    choice -> validateAndCommit(r, s, choice),
                                    () -> vm.statusProperty().set("Nothing committed."));
                }));
    }

    /** On the background executor: the changed posts with their new or changed images. */
    private static Gathered gather(GitRepo r, SiteSession s, Path selected) {
        GitStatus status = r.status();
        List<CommitCandidate> out = new ArrayList<>();
        Path root = s.site().root();
        status.files().forEach((rel, state) -> {
            Path post = root.resolve(rel).toAbsolutePath().normalize();
            boolean committable = state == GitFileState.NEW
                    || state == GitFileState.ADDED
                    || state == GitFileState.MODIFIED
                    || state == GitFileState.STAGED;
            if (committable && s.site().isPost(post)) {
                PostDiff diff = r.diff(s.site(), post);
                String title = s.index()
                        .get(post)
                        .map(PostSummary::title)
                        .filter(t -> !t.isBlank())
                        .orElse(post.getFileName().toString());
                out.add(new CommitCandidate(
                        post, s.site().relativize(post), title, state, diff.images(), post.equals(selected)));
            }
        });
        // the open post first, then by path, so the list reads the same each time
        out.sort((a, b) ->
                a.ticked() != b.ticked() ? (a.ticked() ? -1 : 1) : a.relPath().compareTo(b.relPath()));
        return new Gathered(status, out, r.identity().isEmpty());
    }

    /** The same gate as Save: errors in the chosen posts block unless the writer commits anyway. */
    private void validateAndCommit(GitRepo r, SiteSession s, CommitDialog.Choice choice) {
        List<Problem> errors = new ArrayList<>();
        for (Path post : choice.posts()) {
            s.problems(post).stream()
                    .filter(p -> p.severity() == Severity.ERROR)
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            GitDialogs.ErrorsChoice answer = dialogs.askCommitWithErrors(errors);
            switch (answer.action()) {
                case FIX -> {
                    postTabs.open(answer.problem().file()).thenAccept(v -> {
                        if (v != null) {
                            v.goTo(answer.problem());
                        }
                    });
                    vm.statusProperty().set("Nothing committed.");
                    return;
                }
                case CANCEL -> {
                    vm.statusProperty().set("Nothing committed.");
                    return;
                }
                case COMMIT_ANYWAY -> {}
            }
        }
        vm.statusProperty().set("Committing …");
        CompletableFuture.supplyAsync(
                        () -> {
                            choice.newIdentity().ifPresent(r::storeIdentity);
                            GitIdentity who =
                                    choice.newIdentity().or(r::identity).orElseThrow();
                            return r.commit(new CommitRequest(choice.posts(), choice.images(), choice.message(), who));
                        },
                        vm.background())
                .whenComplete((CommitResult done, Throwable err) -> Platform.runLater(() -> {
                    if (err != null) {
                        vm.statusProperty().set("Nothing committed.");
                        dialogs.showError("Could not commit", GitFailure.describe("commit", err));
                    } else {
                        vm.statusProperty().set(done.message());
                    }
                    refresh();
                }));
    }

    // ---- Push, Pull, Fetch ----

    /** Git → Push; a branch without an upstream is offered a push that sets one. */
    void push() {
        sync("push", GitRepo::push).thenAccept(result -> {
            if (result != null && result.outcome() == SyncResult.Outcome.NO_UPSTREAM && repo != null) {
                String name =
                        lastStatus == null ? "this branch" : lastStatus.branch().orElse("this branch");
                if (dialogs.askPushSettingUpstream(name, "origin")) {
                    sync("push", g -> g.pushSettingUpstream("origin"));
                }
            }
        });
    }

    /**
     * Runs a network operation on the background executor (one at a time); the result is shown in words: in the
     * status line when it went well, in a dialog when not (a missing upstream is left to the caller).
     */
    private CompletableFuture<SyncResult> sync(String verb, Function<GitRepo, SyncResult> operation) {
        CompletableFuture<SyncResult> done = new CompletableFuture<>();
        if (repo == null || syncing.get()) {
            done.complete(null);
            return done;
        }
        GitRepo r = repo;
        syncing.set(true);
        vm.busyProperty().set(true);
        vm.statusProperty().set(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + "ing …");
        CompletableFuture.supplyAsync(() -> operation.apply(r), vm.background())
                .whenComplete((result, err) -> Platform.runLater(() -> {
                    syncing.set(false);
                    vm.busyProperty().set(false);
                    if (err != null) {
                        vm.statusProperty().set("");
                        dialogs.showError("Could not " + verb, GitFailure.describe(verb, err));
                    } else if (result.ok()) {
                        vm.statusProperty().set(result.message());
                    } else {
                        vm.statusProperty().set(result.message());
                        if (result.outcome() != SyncResult.Outcome.NO_UPSTREAM || !verb.equals("push")) {
                            dialogs.showError("Could not " + verb, result.message());
                        }
                    }
                    refresh();
                    done.complete(err != null ? null : result);
                }));
        return done;
    }
}
