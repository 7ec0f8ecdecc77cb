package dev.postwright.ui.main;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

/** Opens posts in tabs, one tab per file. */
public final class PostTabs {

    private final TabPane tabs;
    private final MainViewModel vm;
    private final Label status = new Label();

    PostTabs(TabPane tabs, MainViewModel vm) {
        this.tabs = tabs;
        this.vm = vm;
        status.getStyleClass().add("pw-muted");
    }

    /** Opens the post (or selects its tab); the file is read off the UI thread. */
    public void open(Path path) {
        Path key = path.toAbsolutePath().normalize();
        for (Tab t : tabs.getTabs()) {
            if (key.equals(t.getUserData())) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        Tab tab = new Tab(key.getFileName().toString());
        tab.setUserData(key);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        CompletableFuture.supplyAsync(() -> {
            try {
                return PostFile.read(key).text();
            } catch (PostReadException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, vm.background()).whenComplete((text, err) -> Platform.runLater(() -> {
            if (err != null) {
                tab.setContent(new Label(err.getCause() != null ? err.getCause().getMessage() : err.getMessage()));
                return;
            }
            TextArea area = new TextArea(text);
            area.setEditable(false);
            area.setWrapText(true);
            tab.setContent(area);
        }));
    }

    public void closeSelected() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t != null) {
            tabs.getTabs().remove(t);
        }
    }

    public void closeAll() {
        tabs.getTabs().clear();
    }

    Node statusNode() {
        return status;
    }
}
