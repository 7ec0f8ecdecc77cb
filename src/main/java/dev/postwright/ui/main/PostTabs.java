package dev.postwright.ui.main;

import dev.postwright.post.ExternalChange;
import dev.postwright.post.PostReadException;
import dev.postwright.render.PageTemplate;
import dev.postwright.site.PostSummary;
import dev.postwright.site.watch.FileEvent;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.post.PostTabViewModel;
import dev.postwright.ui.prefs.Preferences;
import dev.postwright.ui.preview.PreviewRenderer;
import dev.postwright.ui.rename.SlugRenameViewModel;
import dev.postwright.validation.Problem;
import dev.postwright.validation.online.OnlineLinkChecker;
import dev.postwright.workspace.AppPaths;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.post.Recovery;
import dev.postwright.workspace.post.SaveOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/** Opens posts in tabs (one per file), marks unsaved ones, and saves or closes them with the writer's consent. */
public final class PostTabs {

    private final TabPane tabs;
    private final MainViewModel vm;
    private final Dialogs dialogs;
    private final Consumer<String> openExternal;
    private final SaveFlow saveFlow;
    private final PageTemplate template = new PageTemplate();
    private final Label status = new Label();
    private PreviewRenderer renderer;
    private double previewDivider = 0.5;
    private double problemsDivider = 0.78;

    PostTabs(TabPane tabs, MainViewModel vm, Dialogs dialogs, Consumer<String> openExternal) {
        this.tabs = tabs;
        this.vm = vm;
        this.dialogs = dialogs;
        this.openExternal = openExternal;
        this.saveFlow = new SaveFlow(dialogs, vm.statusProperty()::set, path -> {
            vm.refreshRow(path);
            onSaved.accept(path);
        });
        status.getStyleClass().add("pw-muted");
        status.setId("tab-status");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            status.textProperty().unbind();
            status.setText("");
            view(tab).ifPresent(v -> status.textProperty().bind(v.statusText()));
        });
    }

    private Consumer<Path> onSaved = path -> {};

    /** Hears of each post the writer saved (git's status is read again). */
    void setOnSaved(Consumer<Path> listener) {
        this.onSaved = listener;
    }

    /** Opens the post (or selects its tab); the file is read and analysed off the UI thread. */
    public CompletableFuture<PostTabView> open(Path path) {
        Path key = path.toAbsolutePath().normalize();
        for (Tab t : tabs.getTabs()) {
            if (key.equals(t.getUserData())) {
                tabs.getSelectionModel().select(t);
                return CompletableFuture.completedFuture(view(t).orElse(null));
            }
        }
        SiteSession session = vm.sessionProperty().get();
        if (!vm.opening().isDone()) {
            // a large site lists its posts before it is read in full: open the post when it has been (with that
            // site's session, not the one of the site open before it)
            return vm.opening().thenCompose(opened -> open(path));
        }
        if (session == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no site is open"));
        }
        Tab tab = new Tab(tabName(key));
        tab.setUserData(key);
        tab.setContent(new Label("Opening " + key.getFileName() + " …"));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        vm.setOpen(key, true);
        return load(tab, key, session, false);
    }

    private CompletableFuture<PostTabView> load(Tab tab, Path key, SiteSession session, boolean asWindows1252) {
        return PostTabViewModel.load(key, session, vm.background(), vm.saveSupport(), asWindows1252)
                .handle((tabVm, err) -> {
                    if (err != null) {
                        tab.setContent(openError(tab, key, session, err));
                        return null;
                    }
                    return attach(tab, tabVm);
                });
    }

    /** Why the post could not be opened, and for a file that is not UTF-8 the way to open it anyway. */
    private Node openError(Tab tab, Path key, SiteSession session, Throwable err) {
        Label message = new Label(err.getMessage());
        message.setWrapText(true);
        message.getStyleClass().add("pw-open-error");
        message.setId("open-error");
        VBox box = new VBox(12, message);
        box.setPadding(new Insets(24));
        if (err instanceof PostReadException && String.valueOf(err.getMessage()).contains("UTF-8")) {
            Button reopen = new Button("Reopen as Windows-1252");
            reopen.setId("reopen-1252");
            reopen.setOnAction(e -> {
                tab.setContent(new Label("Opening " + key.getFileName() + " …"));
                load(tab, key, session, true);
            });
            Label hint = new Label("The text is decoded as Windows-1252; saving writes it back as UTF-8.");
            hint.getStyleClass().add("pw-muted");
            box.getChildren().addAll(reopen, hint);
        }
        return box;
    }

    private PostTabView attach(Tab tab, PostTabViewModel tabVm) {
        if (renderer == null) {
            renderer = new PreviewRenderer(vm.engine(), template);
        }
        PostTabView view = new PostTabView(
                tabVm,
                new PostTabView.Services(
                        vm.background(),
                        vm.clock(),
                        renderer,
                        template,
                        openExternal,
                        this::openInternalLink,
                        this::goToProblem,
                        message -> dialogs.showError("Could not add the image", message)));
        if (prefs != null) {
            view.usePreferences(prefs, dark);
            if (prefs.onlineLinkCheckProperty().get()) {
                checkLinksOnline(view);
            }
        }
        view.mainSplit().setDividerPositions(previewDivider);
        view.outerSplit().setDividerPositions(problemsDivider);
        view.mainSplit()
                .getDividers()
                .get(0)
                .positionProperty()
                .addListener((o, a, pos) -> previewDivider = pos.doubleValue());
        view.outerSplit()
                .getDividers()
                .get(0)
                .positionProperty()
                .addListener((o, a, pos) -> problemsDivider = pos.doubleValue());
        tab.setContent(view);
        String name = tabName(tabVm.path());
        tab.textProperty()
                .bind(Bindings.when(tabVm.dirtyProperty()).then("● " + name).otherwise(name));
        tabVm.setOnAnalysed(t -> vm.refreshRow(t.path()));
        tab.setOnCloseRequest(e -> {
            e.consume();
            confirmClose(view).thenAccept(ok -> {
                if (ok) {
                    close(tab);
                }
            });
        });
        if (tabs.getSelectionModel().getSelectedItem() == tab) {
            status.textProperty().unbind();
            status.textProperty().bind(view.statusText());
        }
        return view;
    }

    /**
     * Asks Save / Don't save / Cancel for a dirty tab. Completes with true when the tab may close: at once
     * for a clean tab or "Don't save", after a successful save for "Save", false on cancel or a failed save.
     */
    private CompletableFuture<Boolean> confirmClose(PostTabView view) {
        PostTabViewModel tabVm = view.viewModel();
        if (!tabVm.isDirty()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (dialogs.askUnsaved(tabVm.path().getFileName().toString())) {
            case SAVE -> save(view, false).thenApply(o -> o instanceof SaveOutcome.Saved);
            case DISCARD -> {
                tabVm.discard();
                yield CompletableFuture.completedFuture(true);
            }
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    private void close(Tab t) {
        tabs.getTabs().remove(t);
        view(t).ifPresent(PostTabView::dispose);
        if (t.getUserData() instanceof Path p) {
            vm.setOpen(p, false);
        }
    }

    /**
     * After a crash: offers each journaled post of this site back (with a diff against the disk) and restores
     * the ones the writer accepts into tabs.
     */
    public void offerRecovery(SiteSession opened) {
        var journal = vm.saveSupport().journal();
        if (journal.isEmpty()) {
            return;
        }
        Path root = opened.site().root();
        CompletableFuture.supplyAsync(() -> Recovery.offers(journal.get(), root), vm.background())
                .thenAccept(offers -> Platform.runLater(() -> {
                    for (var offer : offers) {
                        Path file = offer.entry().file();
                        switch (dialogs.askRestore(file.getFileName().toString(), offer.diff())) {
                            case RESTORE ->
                                open(file).thenAccept(v -> {
                                    if (v != null) {
                                        v.restoreText(offer.entry().unsavedText());
                                    }
                                });
                            case DISCARD ->
                                CompletableFuture.runAsync(() -> Recovery.forget(journal.get(), file), vm.background());
                            case LATER -> {}
                        }
                    }
                }));
    }

    /** A tab's title: the file name, or for a page bundle's {@code index.md} its folder and file. */
    static String tabName(Path post) {
        String file = post.getFileName().toString();
        Path folder = post.getParent();
        boolean bundle = file.equals("index.md") || file.equals("_index.md") || file.equals("index.mdx");
        return bundle && folder != null && folder.getFileName() != null ? folder.getFileName() + "/" + file : file;
    }

    /** Journals the unsaved text of every dirty tab (every few seconds, and when the window loses focus). */
    public void journalAll() {
        views().forEach(v -> v.viewModel().journalNow());
    }

    /** Open tabs whose files changed on disk re-read them (off the UI thread) and decide what to do. */
    void filesChanged(List<FileEvent> events) {
        for (FileEvent e : events) {
            Path p = e.path().toAbsolutePath().normalize();
            for (PostTabView v : views()) {
                if (v.viewModel().path().equals(p)) {
                    CompletableFuture.supplyAsync(() -> ExternalChange.Seen.of(p), vm.background())
                            .thenAccept(disk ->
                                    Platform.runLater(() -> v.viewModel().diskChanged(disk)));
                }
            }
        }
    }

    /** Saves the selected tab (Ctrl+S): errors ask first; warnings never block. */
    public void saveSelected() {
        selectedView().ifPresent(v -> save(v, false));
    }

    /** Saves every dirty tab (Ctrl+Shift+S). */
    public void saveAll() {
        for (Tab t : tabs.getTabs()) {
            view(t).filter(v -> v.viewModel().isDirty()).ifPresent(v -> save(v, false));
        }
    }

    CompletableFuture<SaveOutcome> save(PostTabView view, boolean force) {
        return save(view, force, false);
    }

    /** {@code overwrite}: the writer already agreed to replace the version another program wrote. */
    CompletableFuture<SaveOutcome> save(PostTabView view, boolean force, boolean overwrite) {
        return saveFlow.save(
                new SaveFlow.Tab() {
                    @Override
                    public Path path() {
                        return view.viewModel().path();
                    }

                    @Override
                    public CompletableFuture<?> beforeSave(boolean forced) {
                        return MarkUpdatedAction.beforeSave(
                                view, prefs, vm.clock(), vm.background(), forced, vm.statusProperty()::set);
                    }

                    @Override
                    public CompletableFuture<SaveOutcome> save(boolean forced, boolean overwriting) {
                        return view.viewModel().save(forced, overwriting);
                    }

                    @Override
                    public void goTo(Problem problem) {
                        PostTabs.goTo(view, problem);
                    }

                    @Override
                    public void urlMoved(String oldUrl, String newUrl) {
                        offerRename(view, oldUrl, newUrl);
                    }
                },
                force,
                overwrite);
    }

    /** A published post moved: offer to update links to it in the other posts, open tabs included. */
    private void offerRename(PostTabView view, String oldUrl, String newUrl) {
        Map<Path, String> unsaved = new HashMap<>();
        for (PostTabView other : views()) {
            if (other != view && other.viewModel().isDirty()) {
                unsaved.put(other.viewModel().path(), other.viewModel().getText());
            }
        }
        var renameVm = new SlugRenameViewModel(
                view.viewModel().session(), view.viewModel().path(), oldUrl, newUrl, unsaved, vm.background());
        dialogs.offerSlugRename(renameVm).ifPresent(outcome -> {
            for (var change : outcome.result().forEditor()) {
                views().stream()
                        .filter(v -> v.viewModel().path().equals(change.file()))
                        .findFirst()
                        .ifPresent(v -> {
                            if (v.viewModel().getText().equals(change.baseText())) {
                                v.restoreText(change.newText());
                            } else {
                                vm.statusProperty()
                                        .set(change.relPath() + " changed while the links were updated: "
                                                + "check its links to " + newUrl);
                            }
                        });
            }
            if (outcome.clean()) {
                vm.statusProperty().set(outcome.summary());
            } else {
                dialogs.showError("Some links were not updated", outcome.summary());
            }
        });
    }

    private void goToProblem(Problem p) {
        for (Tab t : tabs.getTabs()) {
            if (p.file().toAbsolutePath().normalize().equals(t.getUserData())) {
                tabs.getSelectionModel().select(t);
                view(t).ifPresent(v -> goTo(v, p));
                return;
            }
        }
        open(p.file()).thenAccept(v -> {
            if (v != null) {
                goTo(v, p);
            }
        });
    }

    private static void goTo(PostTabView v, Problem p) {
        v.goTo(p);
    }

    /** A link in the preview to another post opens it in a tab. */
    private void openInternalLink(String href) {
        SiteSession session = vm.sessionProperty().get();
        Optional<PostTabView> current = selectedView();
        if (session == null || current.isEmpty()) {
            return;
        }
        String path = href.replaceFirst("[?#].*$", "");
        List<PostSummary> byUrl = session.index().byUrl(path);
        if (!byUrl.isEmpty()) {
            open(byUrl.get(0).path());
            return;
        }
        Path relative =
                current.get().viewModel().path().getParent().resolve(path).normalize();
        if (Files.isRegularFile(relative)) {
            open(relative);
        } else {
            vm.statusProperty().set("No post at " + href);
        }
    }

    public Optional<PostTabView> selectedView() {
        return view(tabs.getSelectionModel().getSelectedItem());
    }

    private static Optional<PostTabView> view(Tab t) {
        return t != null && t.getContent() instanceof PostTabView v ? Optional.of(v) : Optional.empty();
    }

    /** All tab views, in tab order. */
    public List<PostTabView> views() {
        List<PostTabView> out = new ArrayList<>();
        tabs.getTabs().forEach(t -> view(t).ifPresent(out::add));
        return out;
    }

    public void closeSelected() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t == null) {
            return;
        }
        Optional<PostTabView> v = view(t);
        if (v.isEmpty()) {
            close(t);
            return;
        }
        confirmClose(v.get()).thenAccept(ok -> {
            if (ok) {
                close(t);
            }
        });
    }

    /**
     * Closes every tab, asking about each dirty one in turn. Completes with false (and stops) when the writer
     * cancels or a save fails, so the window stays open.
     */
    public CompletableFuture<Boolean> closeAll() {
        CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
        for (Tab t : new ArrayList<>(tabs.getTabs())) {
            chain = chain.thenCompose(ok -> {
                if (!ok) {
                    return CompletableFuture.completedFuture(false);
                }
                Optional<PostTabView> v = view(t);
                if (v.isEmpty()) {
                    close(t);
                    return CompletableFuture.completedFuture(true);
                }
                tabs.getSelectionModel().select(t);
                return confirmClose(v.get()).thenApply(closeIt -> {
                    if (closeIt) {
                        close(t);
                    }
                    return closeIt;
                });
            });
        }
        return chain;
    }

    private Preferences prefs;
    private ObservableBooleanValue dark;

    /** New tabs follow these preferences (font, wrap, remote content) and the theme's dark flag. */
    public void usePreferences(Preferences prefs, ObservableBooleanValue dark) {
        this.prefs = prefs;
        this.dark = dark;
        views().forEach(v -> v.usePreferences(prefs, dark));
    }

    private OnlineLinkChecker onlineChecker;

    /** Checks the current post's external links over the network (View → Check Links Online). */
    public void checkLinksOnline() {
        selectedView().ifPresent(this::checkLinksOnline);
    }

    private void checkLinksOnline(PostTabView view) {
        if (onlineChecker == null) {
            onlineChecker = new OnlineLinkChecker(AppPaths.cacheDir());
        }
        vm.statusProperty()
                .set("Checking the links of " + view.viewModel().path().getFileName() + " online …");
        view.viewModel().checkLinksOnline(onlineChecker).whenComplete((n, err) -> {
            long broken = view.viewModel().problems().stream()
                    .filter(p -> p.rule().equals("link.online"))
                    .count();
            vm.statusProperty()
                    .set(
                            err != null
                                    ? "Could not check links online: " + err.getMessage()
                                    : n + (n == 1 ? " external link" : " external links") + " checked online: "
                                            + (broken == 0 ? "all reachable" : broken + " broken or unreachable"));
        });
    }

    /** Divider positions new tabs start with (restored from the last session). */
    public void setDividerDefaults(double preview, double problems) {
        previewDivider = preview;
        problemsDivider = problems;
    }

    /** The editor/preview and body/problems divider positions last set by the writer. */
    public double[] dividerDefaults() {
        return new double[] {previewDivider, problemsDivider};
    }

    Node statusNode() {
        return status;
    }
}
