package dev.postwright.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import dev.postwright.ui.theme.LayoutBoundary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reactfx.EventSource;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/** Markdown source editor: CodeArea with async highlighting, shortcuts, problems and search hits. */
public class MarkdownEditor extends StackPane {
    /** Above this many characters only the paragraphs around the viewport are restyled. */
    public static final int LARGE_TEXT = 100_000;

    private static final Duration DEBOUNCE = Duration.ofMillis(30);
    private static final int MARGIN_LINES = 60;
    /** Above this many changed paragraphs a full pass is set as one change. */
    private static final int BULK_RESTYLE = 40;

    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    /** A pure edit command, as in {@link MarkdownEdits}. */
    @FunctionalInterface
    public interface EditCommand {
        EditorEdit apply(String text, int selectionStart, int selectionEnd);
    }

    private final CodeArea area = new CodeArea();
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final EventSource<Object> restyleRequests = new EventSource<>();
    private final ReadOnlyIntegerWrapper firstVisibleLine = new ReadOnlyIntegerWrapper(this, "firstVisibleLine", 1);
    private final ProblemPopup problemPopup;
    private final Subscription subscriptions;
    private final EditorUndo undo;
    private List<Underline> problems = List.of();
    private List<TextSearch.Match> searchHits = List.of();
    private int currentHit = -1;
    private int styledCurrentLine = -1;
    private boolean currentLineQueued;

    /** Highlights on its own daemon thread, stopped by {@link #dispose()}. */
    public MarkdownEditor() {
        this(null);
    }

    /** Highlights on {@code executor}; null means a private daemon thread. */
    public MarkdownEditor(Executor executor) {
        if (executor == null) {
            ownedExecutor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "markdown-highlighter");
                t.setDaemon(true);
                return t;
            });
            this.executor = ownedExecutor;
        } else {
            ownedExecutor = null;
            this.executor = executor;
        }
        getStyleClass().add("markdown-editor");
        getStylesheets()
                .add(Objects.requireNonNull(MarkdownEditor.class.getResource("editor.css"))
                        .toExternalForm());
        area.getStyleClass().add("md-area");
        area.setParagraphGraphicFactory(new LineNumbers(1));
        area.setWrapText(true);
        // a keystroke re-lays out the text area's own lines, not every pane around it up to the window
        getChildren().add(new LayoutBoundary(new VirtualizedScrollPane<>(area)));
        problemPopup = new ProblemPopup(area, () -> problems);
        undo = new EditorUndo(area);
        installShortcuts();
        subscriptions = subscribeHighlighting()
                .and(area.plainTextChanges().subscribe(this::restyleEditedParagraphs))
                .and(EventStreams.valuesOf(area.estimatedScrollYProperty()).subscribe(y -> updateFirstVisibleLine()))
                .and(EventStreams.valuesOf(area.currentParagraphProperty()).subscribe(p -> queueCurrentLine()))
                .and(area.multiPlainChanges().subscribe(c -> queueCurrentLine()))
                .and(EventStreams.valuesOf(area.getParagraphs().sizeProperty()).subscribe(this::numberLines));
    }

    /** New line numbers only when the line count gains or loses a digit: the padding lines them up. */
    private void numberLines(int paragraphs) {
        int digits = LineNumbers.digitsFor(paragraphs);
        if (!(area.getParagraphGraphicFactory() instanceof LineNumbers current) || current.digits() != digits) {
            area.setParagraphGraphicFactory(new LineNumbers(digits));
        }
    }

    private Subscription subscribeHighlighting() {
        // scrolling restyles only large texts, where the viewport is all that gets styled
        var triggers = EventStreams.<Object>merge(
                area.multiPlainChanges(),
                restyleRequests,
                EventStreams.valuesOf(area.estimatedScrollYProperty()).filter(y -> area.getLength() > LARGE_TEXT));
        // retainLatestUntilLater() hands the newest trigger back to the FX thread, where the text is
        // snapshotted; the Task runs on the executor and awaitLatest drops results overtaken by edits
        return triggers.successionEnds(DEBOUNCE)
                .retainLatestUntilLater()
                .supplyTask(this::startHighlight)
                .awaitLatest(area.multiPlainChanges())
                .filterMap(t -> t.toOptional())
                .subscribe(this::applyHighlight);
    }

    /**
     * Styles the paragraphs an edit touched at once, so a keystroke shows highlighted within the same frame; the
     * debounced full pass (off the UI thread) follows and also brings back problem underlines and search hits.
     * One paragraph costs microseconds; block state (code fences, frontmatter) comes from a prefix scan.
     */
    private void restyleEditedParagraphs(PlainTextChange change) {
        int count = area.getParagraphs().size();
        int from = area.offsetToPosition(change.getPosition(), Bias.Forward).getMajor();
        int to = area.offsetToPosition(change.getInsertionEnd(), Bias.Forward).getMajor();
        if (from >= count || to - from > StyledReplacement.MAX_LINES) {
            return; // a large paste: the full pass that follows styles it
        }
        String text = area.getText();
        int start = MarkdownHighlighter.paragraphStart(text, from);
        var spans = MarkdownHighlighter.highlightRange(text, from, Math.min(to, count - 1));
        if (start >= 0
                && start + spans.length() <= area.getLength()
                // most keystrokes leave the styles as they were (a letter typed inside a word): setting equal
                // styles would replace the paragraph in the document once more and rebuild its line on screen
                && !StyleRuns.same(spans, area.getStyleSpans(start, start + spans.length()))) {
            area.setStyleSpans(start, spans);
        }
        makeCells(from, Math.min(to, count - 1));
    }

    /**
     * Makes the editor's cells for the edited lines now, in the edit's event, where the frame's CSS pass still
     * comes. Made during the frame's layout (as the virtual flow would make them), a new cell leaves CSS work
     * pending after the frame, and the next frame then repaints the whole window for nothing (tens of
     * milliseconds of the render thread in software rendering).
     */
    private void makeCells(int from, int to) {
        int[] shown = shownParagraphs();
        if (shown == null) {
            return;
        }
        for (int p = Math.max(from, shown[0]); p <= Math.min(to, shown[1]); p++) {
            area.getParagraphLinesCount(p);
        }
    }

    private Task<HighlightJob.Result> startHighlight() {
        String text = area.getText();
        int from = 0;
        int to = Integer.MAX_VALUE;
        if (text.length() > LARGE_TEXT) {
            int[] visible = visibleParagraphs();
            from = Math.max(0, visible[0] - MARGIN_LINES);
            to = visible[1] + MARGIN_LINES;
        }
        HighlightJob job = new HighlightJob(text, from, to, problems, searchHits, currentHit);
        Task<HighlightJob.Result> task = new Task<>() {
            @Override
            protected HighlightJob.Result call() {
                return job.compute();
            }
        };
        try {
            executor.execute(task);
        } catch (RejectedExecutionException disposed) {
            task.cancel(); // a trigger that was already queued when dispose() ran
        }
        return task;
    }

    /**
     * Applies a full pass to the paragraphs whose styles it changes, one by one; setting the whole range at once
     * would replace every paragraph in it and make the editor rebuild every visible line after each pause in
     * typing, though usually only the typed-in paragraph changed, and that one is restyled already. Many changed
     * paragraphs (a file opened, a code fence opened) are still set in one go.
     */
    private void applyHighlight(HighlightJob.Result result) {
        if (result.textLength() != area.getLength()) {
            return;
        }
        var spans = result.spans();
        int from = result.offset();
        int to = from + spans.length();
        if (to <= from) {
            return;
        }
        int first = area.offsetToPosition(from, Bias.Forward).getMajor();
        int last = area.offsetToPosition(to, Bias.Backward).getMajor();
        List<int[]> changed = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            int parStart = area.getAbsolutePosition(p, 0);
            int start = Math.max(from, parStart);
            int end = Math.min(to, parStart + area.getParagraphLength(p));
            if (end > start
                    && !StyleRuns.same(spans.subView(start - from, end - from), area.getStyleSpans(start, end))) {
                changed.add(new int[] {start, end});
                if (changed.size() > BULK_RESTYLE) {
                    area.setStyleSpans(from, spans);
                    return;
                }
            }
        }
        for (int[] range : changed) {
            area.setStyleSpans(range[0], spans.subView(range[0] - from, range[1] - from));
        }
    }

    private int[] visibleParagraphs() {
        int[] shown = shownParagraphs();
        if (shown == null) {
            int first = area.getCurrentParagraph();
            return new int[] {first, first + 100};
        }
        return shown;
    }

    /** The first and last paragraph on screen, or null before the editor is laid out. */
    private int[] shownParagraphs() {
        try {
            return new int[] {area.firstVisibleParToAllParIndex(), area.lastVisibleParToAllParIndex()};
        } catch (RuntimeException notLaidOutYet) {
            return null;
        }
    }

    private void updateFirstVisibleLine() {
        try {
            firstVisibleLine.set(area.firstVisibleParToAllParIndex() + 1);
        } catch (RuntimeException notLaidOutYet) {
            firstVisibleLine.set(1);
        }
    }

    /** Paragraph styles are changed after the text change settles, never inside its event. */
    private void queueCurrentLine() {
        if (!currentLineQueued) {
            currentLineQueued = true;
            Platform.runLater(this::styleCurrentLine);
        }
    }

    private void styleCurrentLine() {
        currentLineQueued = false;
        int current = area.getCurrentParagraph();
        int count = area.getParagraphs().size();
        if (styledCurrentLine >= 0 && styledCurrentLine < count && styledCurrentLine != current) {
            area.setParagraphStyle(styledCurrentLine, List.of());
        }
        // a split paragraph copies its style to both halves; clear the neighbours it may have left
        for (int p = Math.max(0, current - 1); p <= Math.min(count - 1, current + 1); p++) {
            if (p != current && !area.getParagraph(p).getParagraphStyle().isEmpty()) {
                area.setParagraphStyle(p, List.of());
            }
        }
        // typing keeps the paragraph's style: restyling it anyway would rebuild its cell on every keystroke
        var style = area.getParagraph(current).getParagraphStyle();
        if (style.size() != 1 || !style.contains(EditorStyles.CURRENT_LINE)) {
            area.setParagraphStyle(current, List.of(EditorStyles.CURRENT_LINE));
        }
        styledCurrentLine = current;
    }

    private void installShortcuts() {
        InputMap<?> map = sequence(
                consume(keyPressed(KeyCode.B, SHORTCUT), e -> bold()),
                consume(keyPressed(KeyCode.I, SHORTCUT), e -> italic()),
                consume(keyPressed(KeyCode.BACK_QUOTE, SHORTCUT), e -> code()),
                consume(keyPressed(KeyCode.K, SHORTCUT), e -> link()),
                consume(keyPressed(KeyCode.DIGIT8, SHORTCUT, SHIFT), e -> bulletList()),
                consume(keyPressed(KeyCode.DIGIT7, SHORTCUT, SHIFT), e -> numberedList()),
                consume(keyPressed(KeyCode.Z, SHORTCUT), e -> area.undo()),
                consume(keyPressed(KeyCode.Y, SHORTCUT), e -> area.redo()),
                consume(keyPressed(KeyCode.Z, SHORTCUT, SHIFT), e -> area.redo()));
        KeyCode[] digits = {
            KeyCode.DIGIT0,
            KeyCode.DIGIT1,
            KeyCode.DIGIT2,
            KeyCode.DIGIT3,
            KeyCode.DIGIT4,
            KeyCode.DIGIT5,
            KeyCode.DIGIT6
        };
        for (int level = 0; level < digits.length; level++) {
            int l = level;
            map = sequence(map, consume(keyPressed(digits[level], SHORTCUT), e -> heading(l)));
        }
        Nodes.addInputMap(area, map);
    }

    /** Applies {@code command} to the text and selection as one undo step. */
    public void apply(EditCommand command) {
        IndexRange sel = area.getSelection();
        applyEdit(command.apply(area.getText(), sel.getStart(), sel.getEnd()));
    }

    /** Applies a prepared edit as one undo step and selects its result selection. */
    public void applyEdit(EditorEdit edit) {
        area.getUndoManager().preventMerge();
        area.replaceText(edit.from(), edit.to(), edit.replacement());
        area.getUndoManager().preventMerge();
        area.selectRange(edit.selectionStart(), edit.selectionEnd());
        area.requestFollowCaret();
    }

    /**
     * Applies an edit the frontmatter form made: the caret and scroll position stay, and the edits of one field
     * session (until {@link #endFieldSession()}) are one undo step.
     */
    public void applyFieldEdit(EditorEdit edit) {
        undo.applyFieldEdit(edit);
    }

    /** The writer left a form field: the next change is a new undo step. */
    public void endFieldSession() {
        undo.endFieldSession();
    }

    public void bold() {
        apply(MarkdownEdits::bold);
    }

    public void italic() {
        apply(MarkdownEdits::italic);
    }

    public void code() {
        apply(MarkdownEdits::code);
    }

    public void link() {
        apply(MarkdownEdits::link);
    }

    /** Level 1..6 sets the heading of the caret line, 0 removes it. */
    public void heading(int level) {
        apply((text, s, e) -> MarkdownEdits.heading(text, s, e, level));
    }

    public void bulletList() {
        apply(MarkdownEdits::bulletList);
    }

    public void numberedList() {
        apply(MarkdownEdits::numberedList);
    }

    /** The whole text. */
    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text (a freshly loaded file): caret to the top, no undo history, marked saved. */
    public void replaceText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.showParagraphAtTop(0);
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** Remembers the current state as saved (for dirty markers). */
    public void markSaved() {
        area.getUndoManager().mark();
    }

    /** True while the text equals the last {@link #markSaved()} or load (by undo history). */
    public ObservableBooleanValue savedProperty() {
        return area.getUndoManager().atMarkedPositionProperty();
    }

    /** 1-based line of the caret. */
    public int getCaretLine() {
        return area.getCurrentParagraph() + 1;
    }

    /** 1-based column of the caret. */
    public int getCaretColumn() {
        return area.getCaretColumn() + 1;
    }

    /** Absolute 0-based caret offset; fires on every caret move. */
    public ObservableValue<Integer> caretPositionProperty() {
        return area.caretPositionProperty();
    }

    /** Moves the caret to 1-based {@code line}/{@code column} (clamped), scrolls to it and focuses. */
    public void goTo(int line, int column) {
        int par = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int col = Math.max(0, Math.min(column - 1, area.getParagraphLength(par)));
        area.moveTo(par, col);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Replaces the underlined problems; they are drawn over the syntax colours. */
    public void showProblems(List<Underline> underlines) {
        List<Underline> next = List.copyOf(underlines);
        if (next.equals(problems)) {
            return; // the same underlines again: restyling the viewport would change nothing
        }
        problems = next;
        restyleRequests.push(this);
    }

    /** Highlights search hits; {@code current} (index into hits, or -1) gets its own style. */
    public void showSearchHits(List<TextSearch.Match> hits, int current) {
        searchHits = List.copyOf(hits);
        currentHit = current;
        restyleRequests.push(this);
    }

    public void setWrapText(boolean wrap) {
        area.setWrapText(wrap);
    }

    public void setFontSize(double px) {
        area.setStyle("-fx-font-size: " + px + "px;");
    }

    /** 1-based first visible line; changes as the editor scrolls (for preview scroll sync). */
    public ReadOnlyIntegerProperty firstVisibleLineProperty() {
        return firstVisibleLine.getReadOnlyProperty();
    }

    public int firstVisibleLine() {
        return firstVisibleLine.get();
    }

    /** Scrolls so that 1-based {@code line} is at the top. */
    public void scrollToLine(int line) {
        area.showParagraphAtTop(
                Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1)));
    }

    /** Pixel scroll position, for smooth scroll sync. */
    public ObservableValue<Double> scrollYProperty() {
        return area.estimatedScrollYProperty();
    }

    /** The underlying area, for what this class does not wrap. */
    public CodeArea area() {
        return area;
    }

    /** Stops highlighting and the private thread; call when the tab closes. */
    public void dispose() {
        subscriptions.unsubscribe();
        undo.dispose();
        problemPopup.hide();
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }
}
