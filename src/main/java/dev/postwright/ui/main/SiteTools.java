package dev.postwright.ui.main;

import dev.postwright.render.Heading;
import dev.postwright.site.watch.FileEvent;
import dev.postwright.ui.linkpicker.LinkPickerPopup;
import dev.postwright.ui.linkpicker.LinkPickerViewModel;
import dev.postwright.ui.outline.OutlinePane;
import dev.postwright.ui.outline.OutlineViewModel;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.search.SiteSearchViewModel;
import dev.postwright.ui.search.SiteSearchWindow;
import dev.postwright.ui.tags.TagsViewModel;
import dev.postwright.ui.tags.TagsWindow;
import dev.postwright.workspace.AppliedChanges;
import dev.postwright.workspace.PostChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * The site-wide tools of the window (search and replace across posts, …): builds them on first use and connects
 * them to the open tabs, so MainWindow only adds their menu items.
 */
final class SiteTools {

    private final Stage stage;
    private final MainViewModel vm;
    private final PostTabs postTabs;
    private SiteSearchWindow search;
    private TagsWindow tagsWindow;
    private final TabPane tabs;
    private final OutlineViewModel outlineVm = new OutlineViewModel();
    private final OutlinePane outline;
    private PostTabView followed;
    private Tab waitingFor;
    private final ChangeListener<Integer> caretMoved = (o, a, b) -> updateCaretLine();
    private final InvalidationListener contentArrived = o -> followSelected();

    SiteTools(Stage stage, MainViewModel vm, PostTabs postTabs, TabPane tabs) {
        this.stage = stage;
        this.vm = vm;
        this.postTabs = postTabs;
        this.tabs = tabs;
        this.outline = new OutlinePane(outlineVm, this::jumpTo);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> followSelected());
    }

    // ---- outline ----

    /** Shows or hides the outline pane at the right of the window's split (Ctrl+Alt+O). */
    void toggleOutline(SplitPane split) {
        if (split.getItems().remove(outline)) {
            return;
        }
        split.getItems().add(outline);
        split.setDividerPosition(split.getItems().size() - 2, 0.8);
        SplitPane.setResizableWithParent(outline, false);
        followSelected();
        outline.tree().requestFocus();
    }

    /** The outline's tree while the pane is shown, for the F6 cycle. */
    Optional<Node> outlineTree() {
        return outline.getParent() == null ? Optional.empty() : Optional.of(outline.tree());
    }

    OutlinePane outlinePane() {
        return outline;
    }

    /** The outline follows the selected tab: its latest analysis and its caret. */
    private void followSelected() {
        if (followed != null) {
            followed.editorPane().editor().caretPositionProperty().removeListener(caretMoved);
            followed = null;
        }
        if (waitingFor != null) {
            waitingFor.contentProperty().removeListener(contentArrived);
            waitingFor = null;
        }
        outlineVm.analysisProperty().unbind();
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getContent() instanceof PostTabView v) {
            followed = v;
            outlineVm.analysisProperty().bind(v.viewModel().analysisProperty());
            v.editorPane().editor().caretPositionProperty().addListener(caretMoved);
            updateCaretLine();
            return;
        }
        outlineVm.analysisProperty().set(null);
        if (tab != null) {
            waitingFor = tab; // still "Opening…": follow it when the post is there
            tab.contentProperty().addListener(contentArrived);
        }
    }

    private void updateCaretLine() {
        if (followed != null) {
            outlineVm.setCaretLine(followed.editorPane().editor().getCaretLine());
        }
    }

    /** Click or Enter on a heading: the editor goes there and the preview follows. */
    private void jumpTo(Heading heading) {
        if (followed != null) {
            followed.goTo(heading.line(), heading.column());
            followed.editorPane().editor().scrollToLine(heading.line());
            followed.preview().scrollToLine(heading.line());
        }
    }

    // ---- link picker ----

    private LinkPickerPopup picker;

    /**
     * Ctrl+K and typing {@code ](} in the editor of the selected tab open the link picker. Filters on the window,
     * so the editor's own Ctrl+K (wrap the selection in an empty link) gives way to the picker.
     */
    void installLinkPicker(Node window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.K
                    && e.isShortcutDown()
                    && !e.isShiftDown()
                    && !e.isAltDown()
                    && editorFocused().isPresent()) {
                e.consume();
                openPicker(editorFocused().get(), false);
            }
        });
        window.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("(".equals(e.getCharacter()) && editorFocused().isPresent()) {
                PostTabView v = editorFocused().get();
                // after the editor has inserted the '(': open only when it follows a ']'
                Platform.runLater(() -> {
                    CodeArea area = v.editorPane().editor().area();
                    int caret = area.getCaretPosition();
                    if (caret >= 2 && area.getText(caret - 2, caret).equals("](")) {
                        openPicker(v, true);
                    }
                });
            }
        });
    }

    private Optional<PostTabView> editorFocused() {
        Optional<PostTabView> v = postTabs.selectedView();
        return v.filter(view -> view.editorPane().editor().area().isFocused()
                && view.editorPane().editor().area().isEditable());
    }

    private void openPicker(PostTabView view, boolean destinationOnly) {
        CodeArea area = view.editorPane().editor().area();
        LinkPickerViewModel pickerVm = new LinkPickerViewModel(
                view.viewModel().session(),
                view.viewModel().path(),
                area.getSelectedText(),
                destinationOnly,
                vm.background(),
                Platform::runLater);
        if (picker != null) {
            picker.hide();
        }
        picker = new LinkPickerPopup(pickerVm, text -> {
            area.replaceSelection(text);
            area.requestFocus();
        });
        pickerVm.start();
        Bounds at = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
        picker.show(area, at.getMinX(), at.getMaxY() + 4);
    }

    LinkPickerPopup linkPicker() {
        return picker;
    }

    // ---- search across the site ----

    /** The unsaved text of every dirty tab, by path: site-wide tools read these instead of the files. */
    Map<Path, String> unsavedTexts() {
        Map<Path, String> out = new HashMap<>();
        for (PostTabView v : postTabs.views()) {
            if (v.viewModel().isDirty()) {
                out.put(
                        v.viewModel().path().toAbsolutePath().normalize(),
                        v.viewModel().getText());
            }
        }
        return out;
    }

    /** Ctrl+Shift+F: shows the search window (one per window), the query selected. */
    void showSearch() {
        if (search == null) {
            SiteSearchViewModel searchVm = new SiteSearchViewModel(
                    vm.sessionProperty()::get,
                    this::unsavedTexts,
                    vm.saveSupport().backups(),
                    vm.background(),
                    Platform::runLater);
            searchVm.setOnWritten(this::written);
            search = new SiteSearchWindow(
                    stage,
                    searchVm,
                    (post, line, column) -> postTabs.open(post).thenAccept(v -> {
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

    /** Ctrl+Shift+T: the tags of the site with counts, rename and merge. */
    void showTags() {
        if (tagsWindow == null) {
            TagsViewModel tagsVm = new TagsViewModel(
                    vm.sessionProperty()::get,
                    this::unsavedTexts,
                    vm.saveSupport().backups(),
                    vm.background(),
                    Platform::runLater);
            tagsVm.setOnWritten(this::written);
            tagsWindow = new TagsWindow(stage, tagsVm);
        }
        tagsWindow.show();
        tagsWindow.toFront();
    }

    TagsWindow tagsWindow() {
        return tagsWindow;
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
                        MarkUpdatedAction.applyKeepingCaret(v, change.before(), change.after());
                    } else {
                        vm.statusProperty()
                                .set(change.relPath() + " changed while the changes were prepared; "
                                        + "it was left as it is.");
                    }
                }
            }
        }
    }
}
