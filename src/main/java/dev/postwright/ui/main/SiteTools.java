package dev.postwright.ui.main;

import dev.postwright.site.watch.FileEvent;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.search.SiteSearchViewModel;
import dev.postwright.ui.search.SiteSearchWindow;
import dev.postwright.workspace.AppliedChanges;
import dev.postwright.workspace.PostChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The site-wide tools of the window (search and replace across posts, …): builds them on first use and connects
 * them to the open tabs, so MainWindow only adds their menu items.
 */
final class SiteTools {

    private final Stage stage;
    private final MainViewModel vm;
    private final PostTabs postTabs;
    private SiteSearchWindow search;

    SiteTools(Stage stage, MainViewModel vm, PostTabs postTabs) {
        this.stage = stage;
        this.vm = vm;
        this.postTabs = postTabs;
    }

    /** The unsaved text of every dirty tab, by path: site-wide tools read these instead of the files. */
    Map<Path, String> unsavedTexts() {
        Map<Path, String> out = new HashMap<>();
        for (PostTabView v : postTabs.views()) {
            if (v.viewModel().isDirty()) {
                out.put(v.viewModel().path().toAbsolutePath().normalize(), v.viewModel().getText());
            }
        }
        return out;
    }

    /** Ctrl+Shift+F: shows the search window (one per window), the query selected. */
    void showSearch() {
        if (search == null) {
            SiteSearchViewModel searchVm = new SiteSearchViewModel(vm.sessionProperty()::get, this::unsavedTexts,
                    vm.saveSupport().backups(), vm.background(), Platform::runLater);
            searchVm.setOnWritten(this::written);
            search = new SiteSearchWindow(stage, searchVm, (post, line, column) -> postTabs.open(post)
                    .thenAccept(v -> {
                        if (v != null) {
                            v.goTo(line, column);
                        }
                    }));
        }
        search.show();
        search.toFront();
        search.focusQuery();
    }

    SiteSearchWindow searchWindow() {
        return search;
    }

    /** After a site-wide write: clean tabs reload the files, dirty tabs take the changes meant for them. */
    void written(AppliedChanges applied) {
        List<FileEvent> events = new ArrayList<>();
        applied.written().forEach(w -> events.add(new FileEvent(FileEvent.Kind.MODIFIED, w.path())));
        postTabs.filesChanged(events);
        applied.written().forEach(w -> vm.refreshRow(w.path()));
        for (PostChange change : applied.forEditor()) {
            for (PostTabView v : postTabs.views()) {
                if (v.viewModel().path().toAbsolutePath().normalize().equals(change.path())) {
                    if (v.viewModel().getText().equals(change.before())) {
                        v.restoreText(change.after());
                    } else {
                        vm.statusProperty().set(change.relPath() + " changed while the changes were prepared; "
                                + "it was left as it is.");
                    }
                }
            }
        }
    }
}
