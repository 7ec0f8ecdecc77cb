package dev.postwright.ui.editor;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The editor as a post tab embeds it: find/replace bar above the markdown editor. */
public class MarkdownEditorPane extends VBox {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F3);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);

    private final MarkdownEditor editor;
    private final FindReplaceBar findBar;

    /** With the editor's own highlighting thread. */
    public MarkdownEditorPane() {
        this(new MarkdownEditor());
    }

    public MarkdownEditorPane(MarkdownEditor editor) {
        this.editor = editor;
        this.findBar = new FindReplaceBar(editor);
        getStyleClass().add("markdown-editor-pane");
        VBox.setVgrow(editor, Priority.ALWAYS);
        getChildren().addAll(findBar, editor);
        // a filter, so the shortcuts work from the editor and from the bar's own fields
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                findBar.showFind();
            } else if (REPLACE.match(e)) {
                findBar.showReplace();
            } else if (NEXT.match(e)) {
                openThen(findBar::next);
            } else if (PREVIOUS.match(e)) {
                openThen(findBar::previous);
            } else {
                return;
            }
            e.consume();
        });
    }

    private void openThen(Runnable step) {
        if (!findBar.isVisible()) {
            findBar.showFind();
        }
        step.run();
    }

    public MarkdownEditor editor() {
        return editor;
    }

    public FindReplaceBar findBar() {
        return findBar;
    }

    /** Stops background work; call when the tab closes. */
    public void dispose() {
        findBar.dispose();
        editor.dispose();
    }
}
