package dev.postwright.ui.main;

import dev.postwright.ui.sitetree.PostListView;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The main window: menu, site sidebar, post tabs and status bar. Holds layout only; behaviour is in view models. */
public final class MainWindow extends BorderPane {

    private final MainViewModel vm;
    private final Stage stage;
    private final TabPane tabs = new TabPane();
    private final PostTabs postTabs;
    private final SplitPane split;

    public MainWindow(Stage stage, MainViewModel vm, java.util.function.Consumer<String> openExternal) {
        this(stage, vm, openExternal, new FxDialogs(stage));
    }

    /** With the dialogs given: UI tests answer them without real alert windows. */
    public MainWindow(Stage stage, MainViewModel vm, java.util.function.Consumer<String> openExternal,
                      Dialogs dialogs) {
        this.stage = stage;
        this.vm = vm;
        getStyleClass().add("pw-window");
        tabs.setId("post-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        postTabs = new PostTabs(tabs, vm, dialogs, openExternal);

        PostListView sidebar = new PostListView(vm.posts(), postTabs::open);
        sidebar.setMinWidth(220);
        StackPane centre = new StackPane(emptyState(), tabs);
        tabs.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(tabs.getTabs()));
        split = new SplitPane(sidebar, centre);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(sidebar, false);

        setTop(menuBar());
        setCenter(split);
        setBottom(statusBar());
        stage.setOnCloseRequest(e -> {
            if (!quitting) {
                e.consume();
                requestQuit();
            }
        });
        vm.siteNameProperty().addListener((o, a, name) -> stage.setTitle(name.isBlank() ? "Postwright"
                : name + " — Postwright"));
    }

    public PostTabs postTabs() {
        return postTabs;
    }

    public SplitPane split() {
        return split;
    }

    /** Closing the window asks about unsaved work first (Save / Don't save / Cancel for each dirty tab). */
    public void requestQuit() {
        postTabs.closeAll().thenAccept(ok -> {
            if (ok) {
                quitting = true;
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
        MenuItem openSite = item("Open _Site…", "Shortcut+O", this::chooseSite);
        MenuItem openFile = item("Open _File…", "Shortcut+Shift+O", this::chooseFile);
        MenuItem save = item("_Save", "Shortcut+S", postTabs::saveSelected);
        MenuItem saveAll = item("Save _All", "Shortcut+Shift+S", postTabs::saveAll);
        MenuItem close = item("_Close Tab", "Shortcut+W", postTabs::closeSelected);
        MenuItem quit = item("_Quit", "Shortcut+Q", this::requestQuit);
        Menu file = new Menu("_File", null, openSite, openFile, new SeparatorMenuItem(), save, saveAll,
                new SeparatorMenuItem(), close, quit);
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
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
            postTabs.closeAll().thenAccept(ok -> {
                if (ok) {
                    vm.open(dir.toPath());
                }
            });
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
        HBox bar = new HBox(8, busy, status, spacer, postTabs.statusNode());
        bar.getStyleClass().add("pw-statusbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }
}
