package dev.postwright.ui.editor;

import dev.postwright.ui.Debouncer;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.reactfx.Subscription;

/** Find / replace bar for a {@link MarkdownEditor}; hidden until {@link #showFind()}. */
public class FindReplaceBar extends HBox {
    private final MarkdownEditor editor;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final Label countLabel = new Label();
    private final ToggleButton caseToggle = new ToggleButton("Aa");
    private final ToggleButton regexToggle = new ToggleButton(".*");
    private final Button replaceButton = new Button("Replace");
    private final Button replaceAllButton = new Button("Replace All");
    private final Subscription textChanges;
    private List<TextSearch.Match> hits = List.of();
    private int current = -1;
    private String note = "";

    public FindReplaceBar(MarkdownEditor editor) {
        this.editor = editor;
        getStyleClass().add("find-replace-bar");
        getStylesheets()
                .add(Objects.requireNonNull(FindReplaceBar.class.getResource("editor.css"))
                        .toExternalForm());
        findField.setId("find-field");
        findField.setPromptText("Find");
        replaceField.setId("replace-field");
        replaceField.setPromptText("Replace");
        countLabel.setId("match-count");
        countLabel.getStyleClass().add("match-count");
        caseToggle.setId("match-case");
        caseToggle.setTooltip(new Tooltip("Match case"));
        regexToggle.setId("regex");
        regexToggle.setTooltip(new Tooltip("Regular expression"));
        replaceButton.setId("replace");
        replaceAllButton.setId("replace-all");
        Button previous = new Button("↑");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter, Shift+F3)"));
        previous.setOnAction(e -> previous());
        Button next = new Button("↓");
        next.setTooltip(new Tooltip("Next match (Enter, F3)"));
        next.setOnAction(e -> next());
        Button close = new Button("✕");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> close());
        replaceButton.setOnAction(e -> replace());
        replaceAllButton.setOnAction(e -> replaceAll());
        HBox.setHgrow(findField, Priority.SOMETIMES);
        HBox.setHgrow(replaceField, Priority.SOMETIMES);
        getChildren()
                .addAll(
                        findField,
                        countLabel,
                        previous,
                        next,
                        caseToggle,
                        regexToggle,
                        replaceField,
                        replaceButton,
                        replaceAllButton,
                        close);

        findField.textProperty().addListener((o, was, now) -> queryChanged());
        caseToggle.selectedProperty().addListener((o, was, now) -> queryChanged());
        regexToggle.selectedProperty().addListener((o, was, now) -> queryChanged());
        findField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            }
        });
        replaceField.setOnAction(e -> replace());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        // edits in the editor move the hits; recount after typing pauses, without moving the caret
        Debouncer recount = new Debouncer(Duration.millis(150), () -> {
            if (isVisible()) {
                refresh(false);
            }
        });
        ChangeListener<String> edited = (o, old, text) -> recount.restart();
        editor.textProperty().addListener(edited);
        textChanges = () -> {
            editor.textProperty().removeListener(edited);
            recount.cancel();
        };
        setReplaceVisible(false);
        setVisible(false);
        setManaged(false);
    }

    /** Opens the bar for finding, seeded with a one-line selection, and focuses the field. */
    public void showFind() {
        open(false);
    }

    /** Opens the bar with the replace controls. */
    public void showReplace() {
        open(true);
    }

    private void open(boolean replace) {
        String selected = editor.area().getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            findField.setText(selected);
        }
        setReplaceVisible(replace);
        setVisible(true);
        setManaged(true);
        findField.requestFocus();
        findField.selectAll();
        refresh(false);
    }

    /** Hides the bar, clears the hit highlighting and gives the focus back to the editor. */
    public void close() {
        setVisible(false);
        setManaged(false);
        hits = List.of();
        current = -1;
        editor.showSearchHits(hits, -1);
        editor.area().requestFocus();
    }

    /** Selects the next hit after the selection, wrapping around. */
    public void next() {
        if (!hits.isEmpty()) {
            select(TextSearch.indexAtOrAfter(hits, editor.area().getSelection().getEnd()));
        }
    }

    /** Selects the hit before the selection, wrapping around. */
    public void previous() {
        if (hits.isEmpty()) {
            return;
        }
        int start = editor.area().getSelection().getStart();
        int index = hits.size() - 1;
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).end() <= start) {
                index = i;
                break;
            }
        }
        select(index);
    }

    /** Replaces the selected hit (if the selection is one) and moves to the next. */
    public void replace() {
        IndexRange sel = editor.area().getSelection();
        TextSearch.Match selected = new TextSearch.Match(sel.getStart(), sel.getEnd());
        if (!hits.contains(selected)) {
            next();
            return;
        }
        String rep = TextSearch.replacementFor(editor.getText(), selected, query(), replaceField.getText());
        if (rep == null) {
            showError("Invalid replacement");
            return;
        }
        int caret = selected.start() + rep.length();
        editor.applyEdit(new EditorEdit(selected.start(), selected.end(), rep, caret, caret));
        refresh(false);
        next();
    }

    /** Replaces every hit in one edit, so one undo restores them all. */
    public void replaceAll() {
        TextSearch.Replacement rep = TextSearch.replaceAll(editor.getText(), query(), replaceField.getText());
        if (rep.error() != null) {
            showError(rep.error());
            return;
        }
        if (rep.count() > 0) {
            int caret = rep.from() + rep.text().length();
            editor.applyEdit(new EditorEdit(rep.from(), rep.to(), rep.text(), caret, caret));
        }
        refresh(false);
        note = "replaced " + rep.count();
        showCount();
    }

    private void queryChanged() {
        note = "";
        refresh(true);
    }

    private TextSearch.Query query() {
        return new TextSearch.Query(findField.getText(), caseToggle.isSelected(), regexToggle.isSelected());
    }

    /** Recomputes the hits; with {@code jump} the first hit from the selection start is selected. */
    private void refresh(boolean jump) {
        TextSearch.Result result = TextSearch.findAll(editor.getText(), query());
        findField.getStyleClass().remove("invalid");
        countLabel.getStyleClass().remove("invalid");
        if (!result.ok()) {
            hits = List.of();
            current = -1;
            editor.showSearchHits(hits, -1);
            showError(result.error());
            return;
        }
        hits = result.matches();
        IndexRange sel = editor.area().getSelection();
        current = hits.indexOf(new TextSearch.Match(sel.getStart(), sel.getEnd()));
        if (jump && !hits.isEmpty()) {
            select(TextSearch.indexAtOrAfter(hits, sel.getStart()));
            return;
        }
        editor.showSearchHits(hits, current);
        showCount();
    }

    private void select(int index) {
        current = index;
        TextSearch.Match m = hits.get(index);
        editor.area().selectRange(m.start(), m.end());
        editor.area().requestFollowCaret();
        editor.showSearchHits(hits, current);
        showCount();
    }

    private void showCount() {
        String count;
        if (findField.getText().isEmpty()) {
            count = "";
        } else if (hits.isEmpty()) {
            count = "No matches";
        } else if (current >= 0) {
            count = (current + 1) + " of " + hits.size();
        } else {
            count = hits.size() + (hits.size() == 1 ? " match" : " matches");
        }
        countLabel.setText(note.isEmpty() ? count : count.isEmpty() ? note : count + " (" + note + ")");
    }

    private void showError(String message) {
        findField.getStyleClass().add("invalid");
        countLabel.getStyleClass().add("invalid");
        countLabel.setText(message);
    }

    private void setReplaceVisible(boolean show) {
        for (var node : List.of(replaceField, replaceButton, replaceAllButton)) {
            node.setVisible(show);
            node.setManaged(show);
        }
    }

    public String getMatchCountText() {
        return countLabel.getText();
    }

    /** Stops listening to the editor; call when the tab closes. */
    public void dispose() {
        textChanges.unsubscribe();
    }
}
