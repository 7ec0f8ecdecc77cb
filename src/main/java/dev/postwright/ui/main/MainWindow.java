package dev.postwright.ui.main;

import dev.postwright.ui.frontmatter.FrontmatterForm;
import dev.postwright.ui.prefs.Preferences;
import dev.postwright.ui.prefs.PreferencesDialog;
import dev.postwright.ui.preview.PreviewPane;
import dev.postwright.ui.sitetree.PostListView;
import dev.postwright.ui.theme.ClearFills;
import dev.postwright.ui.theme.Icons;
import dev.postwright.ui.theme.LayoutBoundary;
import dev.postwright.ui.wizard.NewPostWizard;
import dev.postwright.workspace.SiteSession;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The main window: menu, site sidebar, post tabs and status bar. Holds layout only; behaviour is in view models. */
public final class MainWindow extends BorderPane {

    private final MainViewModel vm;
    private final Stage stage;
    private final TabPane tabs = new TabPane();
    private final PostTabs postTabs;
    private final SplitPane split;
    /** How often unsaved edits are journaled until preferences say otherwise; a crash loses at most this much. */
    static final int JOURNAL_SECONDS = 5;

    private final Menu recentMenu = new Menu("Open _Recent");
    private final PostListView sidebar;
    private final SiteTools siteTools;
    private final GitTools gitTools;

    public MainWindow(Stage stage, MainViewModel vm, Consumer<String> openExternal) {
        this(stage, vm, openExternal, new FxDialogs(stage));
    }

    /** With the dialogs given: UI tests answer them without real alert windows. */
    public MainWindow(Stage stage, MainViewModel vm, Consumer<String> openExternal, Dialogs dialogs) {
        this.stage = stage;
        this.vm = vm;
        getStyleClass().add("pw-window");
        tabs.setId("post-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        postTabs = new PostTabs(tabs, vm, dialogs, openExternal);
        siteTools = new SiteTools(stage, vm, postTabs, tabs);
        siteTools.installLinkPicker(this);
        gitTools = new GitTools(stage, vm, postTabs);
        postTabs.setOnSaved(path -> gitTools.refresh());

        sidebar = new PostListView(vm.posts(), postTabs::open);
        sidebar.setMinWidth(220);
        Region empty = emptyState();
        StackPane centre = new StackPane(empty, tabs);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        empty.visibleProperty().bind(tabs.visibleProperty().not());
        split = ClearFills.on(new SplitPane(sidebar, centre));
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(sidebar, false);

        setTop(menuBar());
        setCenter(split);
        setBottom(statusBar());
        vm.setOnFilesChanged(events -> {
            postTabs.filesChanged(events);
            gitTools.refresh(); // a pull, a checkout or another program changed posts
        });
        // F6 / Shift+F6 move between the panes, so the whole window works without a mouse.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6) {
                cycleFocus(e.isShiftDown());
                e.consume();
            }
        });
        startJournal(JOURNAL_SECONDS);
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                postTabs.journalAll();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!quitting) {
                e.consume();
                requestQuit();
            }
        });
        vm.siteNameProperty()
                .addListener((o, a, name) -> stage.setTitle(name.isBlank() ? "Postwright" : name + " — Postwright"));
    }

    /** Preferences and the theme's dark flag: File → Preferences… and every tab's editor and preview follow them. */
    public void usePreferences(Preferences prefs, ObservableBooleanValue dark) {
        this.prefs = prefs;
        startJournal(prefs.autosaveSecondsProperty().get());
        prefs.autosaveSecondsProperty().addListener((o, a, seconds) -> startJournal(seconds.intValue()));
        postTabs.usePreferences(prefs, dark);
    }

    private Preferences prefs;

    private Consumer<PreferencesDialog> preferenceSections = d -> {};

    /** Sections that other parts of the app add to File → Preferences… (spelling). */
    public void setPreferenceSections(Consumer<PreferencesDialog> sections) {
        this.preferenceSections = sections;
    }

    private Timeline journal;

    /** Journals unsaved edits every {@code seconds} (the preference "autosave interval"; at least one second). */
    private void startJournal(int seconds) {
        if (journal != null) {
            journal.stop();
        }
        journal = new Timeline(new KeyFrame(Duration.seconds(Math.max(1, seconds)), e -> postTabs.journalAll()));
        journal.setCycleCount(Animation.INDEFINITE);
        journal.play();
    }

    /** The panes in F6 order: sidebar, form, editor, preview, problems (those of the current tab when open). */
    List<Node> panes() {
        List<Node> panes = new ArrayList<>();
        panes.add(sidebar.list());
        postTabs.selectedView().ifPresent(v -> {
            panes.add(v.form());
            panes.add(v.editorPane().editor().area());
            panes.add(v.preview());
            panes.add(v.problemsPanel().table());
        });
        siteTools.outlineTree().ifPresent(panes::add);
        return panes;
    }

    private void cycleFocus(boolean backwards) {
        List<Node> panes = panes();
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        int current = -1;
        for (int i = 0; i < panes.size(); i++) {
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == panes.get(i)) {
                    current = i;
                }
            }
        }
        int next = Math.floorMod(current + (backwards ? -1 : 1), panes.size());
        Node target = panes.get(next);
        if (target instanceof FrontmatterForm form) {
            form.focusFirst();
        } else if (target instanceof PreviewPane preview) {
            preview.focusPage();
        } else {
            target.requestFocus();
        }
    }

    public PostTabs postTabs() {
        return postTabs;
    }

    public SplitPane split() {
        return split;
    }

    /** The site-wide tools (search across posts, …), for UI tests. */
    SiteTools siteTools() {
        return siteTools;
    }

    /** Git in the window, for UI tests. */
    GitTools gitTools() {
        return gitTools;
    }

    /** Closing the window asks about unsaved work first (Save / Don't save / Cancel for each dirty tab). */
    public void requestQuit() {
        postTabs.closeAll().thenAccept(ok -> {
            if (ok) {
                quitting = true;
                vm.stopWatching();
                stage.close();
            }
        });
    }

    private boolean quitting;

    private Region emptyState() {
        Label title = new Label("Open a post from the list");
        title.getStyleClass().add("pw-empty-title");
        Label hint = new Label("Double-click a post, or press Enter on it. Ctrl+O opens another site.");
        hint.getStyleClass().add("pw-muted");
        VBox box = new VBox(8, title, hint);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private MenuBar menuBar() {
        MenuItem newPost = item("_New Post…", "Shortcut+N", this::newPost);
        newPost.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> vm.sessionProperty().get() == null
                                || vm.sessionProperty().get().site().lone(),
                        vm.sessionProperty()));
        MenuItem openSite = item("Open _Site…", "Shortcut+O", this::chooseSite);
        MenuItem openFile = item("Open _File…", "Shortcut+Shift+O", this::chooseFile);
        MenuItem save = item("_Save", "Shortcut+S", postTabs::saveSelected);
        MenuItem saveAll = item("Save _All", "Shortcut+Shift+S", postTabs::saveAll);
        MenuItem close = item("_Close Tab", "Shortcut+W", postTabs::closeSelected);
        MenuItem quit = item("_Quit", "Shortcut+Q", this::requestQuit);
        MenuItem preferences = item("_Preferences…", "Shortcut+Comma", () -> {
            if (prefs != null) {
                PreferencesDialog.showAndApply(stage, prefs, preferenceSections);
            }
        });
        preferences.setId("menu-preferences");
        preferences.setGraphic(Icons.settings());
        newPost.setGraphic(Icons.newPost());
        openSite.setGraphic(Icons.openFolder());
        save.setGraphic(Icons.save());
        saveAll.setGraphic(Icons.saveAll());
        Menu file = new Menu(
                "_File",
                null,
                newPost,
                new SeparatorMenuItem(),
                openSite,
                openFile,
                recentMenu,
                new SeparatorMenuItem(),
                save,
                saveAll,
                new SeparatorMenuItem(),
                preferences,
                new SeparatorMenuItem(),
                close,
                quit);

        MenuItem find = item(
                "_Find…",
                "Shortcut+F",
                () -> postTabs.selectedView()
                        .ifPresent(v -> v.editorPane().findBar().showFind()));
        MenuItem replace = item(
                "_Replace…",
                "Shortcut+H",
                () -> postTabs.selectedView()
                        .ifPresent(v -> v.editorPane().findBar().showReplace()));
        MenuItem filter = item("Filter _Posts", "Shortcut+P", () -> sidebar.focusFilter());
        find.setGraphic(Icons.find());
        Menu edit = new Menu("_Edit", null, find, replace, new SeparatorMenuItem(), filter);
        MenuItem searchSite = item("_Search the Site…", "Shortcut+Shift+F", siteTools::showSearch);
        searchSite.setId("menu-search-site");
        MenuItem markUpdated = item(
                "_Mark as Updated",
                "Shortcut+Alt+U",
                () -> postTabs.selectedView()
                        .ifPresent(v ->
                                MarkUpdatedAction.markNow(v, vm.clock(), vm.background(), vm.statusProperty()::set)));
        markUpdated.setId("menu-mark-updated");
        edit.getItems().addAll(new SeparatorMenuItem(), searchSite, markUpdated);

        MenuItem siteProblems = item(
                "Problems of the _Whole Site",
                "Shortcut+Shift+P",
                () -> postTabs.selectedView().ifPresent(v -> v.problemsPanel().showWholeSite()));
        siteProblems.setGraphic(Icons.problems());
        MenuItem online = item("Check Links _Online", "Shortcut+Shift+L", () -> postTabs.checkLinksOnline());
        Menu view = new Menu("_View", null, siteProblems, online);
        MenuItem outline = item("_Outline", "Shortcut+Alt+O", () -> siteTools.toggleOutline(split));
        outline.setId("menu-outline");
        MenuItem tagsItem = item("_Tags…", "Shortcut+Shift+T", siteTools::showTags);
        tagsItem.setId("menu-tags");
        view.getItems().addAll(new SeparatorMenuItem(), outline, tagsItem);

        MenuItem shortcuts = item("_Keyboard Shortcuts", "F1", () -> Shortcuts.show(stage));
        shortcuts.setGraphic(Icons.help());
        Menu help = new Menu("_Help", null, shortcuts);

        MenuBar bar = new MenuBar(file, edit, view, gitTools.menu(), help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void newPost() {
        SiteSession s = vm.sessionProperty().get();
        if (s == null || s.site().lone()) {
            return;
        }
        NewPostWizard.show(stage, s.site(), s.index(), vm.clock(), vm.background())
                .ifPresent(p -> postTabs.open(p).thenRun(() -> vm.refreshRow(p)));
    }

    /** Rebuilds File → Open Recent from the session's recent sites. */
    public void setRecentSites(List<Path> sites) {
        recentMenu.getItems().clear();
        for (Path site : sites) {
            MenuItem item = new MenuItem(site.getFileName() + "  —  " + site);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> switchTo(site));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(sites.isEmpty());
    }

    private void switchTo(Path site) {
        postTabs.closeAll().thenAccept(ok -> {
            if (ok) {
                vm.open(site);
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void chooseSite() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a site folder");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            switchTo(dir.toPath());
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a post");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md", "*.mdx", "*.markdown"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            Path p = file.toPath();
            postTabs.closeAll().thenAccept(ok -> {
                if (ok) {
                    vm.open(p).thenAccept(s -> postTabs.open(p));
                }
            });
        }
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("pw-muted");
        status.setMinWidth(0);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, busy, status, spacer, postTabs.statusNode(), gitTools.statusNode());
        bar.getStyleClass().add("pw-statusbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        // the caret position in it changes with every keystroke: lay out the bar alone, not the window
        return new LayoutBoundary(bar);
    }
}
