package dev.postwright.ui.editor;

import java.time.Duration;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;
import org.reactfx.Subscription;

/**
 * The editor's undo history. Typing in the editor merges into one step until the writer pauses, as RichTextFX does
 * by default. The edits a frontmatter form field makes while the writer stays in it merge into one step whatever
 * the pauses: each is widened to the region the field session has changed so far, which RichTextFX's own merge
 * rule joins to the previous change, so Ctrl+Z in the editor takes back the whole field session.
 */
final class EditorUndo {

    /** A pause in typing longer than this starts a new undo step (RichTextFX's own default). */
    static final Duration TYPING_PAUSE = UndoUtils.DEFAULT_PREVENT_MERGE_DELAY;

    private final CodeArea area;
    private final UndoManager<List<PlainTextChange>> undo;
    private final Subscription subscription;
    private boolean fieldSession;
    private boolean applyingFieldEdit;
    /** Where the session's changed region starts, and how many characters after it it has never touched; -1: none. */
    private int sessionStart;

    private int sessionTail = -1;

    EditorUndo(CodeArea area) {
        this.area = area;
        // No delay given: the manager never stops merging by itself; the pause rule below does it, except in a
        // field session.
        this.undo = UndoManagerFactory.unlimitedHistoryFactory()
                .createMultiChangeUM(
                        area.multiPlainChanges(),
                        PlainTextChange::invert,
                        UndoUtils.applyMultiPlainTextChange(area),
                        PlainTextChange::mergeWith,
                        PlainTextChange::isIdentity);
        area.setUndoManager(undo);
        subscription = area.multiPlainChanges()
                .subscribe(changes -> {
                    if (!applyingFieldEdit) {
                        sessionTail = -1; // someone else changed the text: the next field edit starts a new step
                    }
                })
                .and(area.multiPlainChanges().successionEnds(TYPING_PAUSE).subscribe(changes -> {
                    if (!fieldSession) {
                        undo.preventMerge();
                    }
                }));
    }

    /**
     * Applies an edit made in the frontmatter form. The editor's caret and selection stay where they were (shifted
     * by the edit) and the view does not scroll: the writer is typing in the form, not here.
     */
    void applyFieldEdit(EditorEdit edit) {
        int length = area.getLength();
        int from = edit.from();
        int to = edit.to();
        String replacement = edit.replacement();
        int tail = length - to;
        if (fieldSession && sessionTail >= 0 && tail >= sessionTail && length - sessionTail >= from) {
            int wideFrom = Math.min(from, sessionStart);
            int wideTo = length - sessionTail;
            replacement = area.getText(wideFrom, from) + replacement + area.getText(to, wideTo);
            from = wideFrom;
            to = wideTo;
        } else {
            undo.preventMerge();
            sessionTail = tail;
        }
        sessionStart = from;
        fieldSession = true;
        int anchor = shift(area.getAnchor(), from, to, replacement.length());
        int caret = shift(area.getCaretPosition(), from, to, replacement.length());
        var styled = StyledReplacement.of(area, from, to, replacement);
        applyingFieldEdit = true;
        try {
            if (styled != null) {
                // the document itself: the area would move its caret to the edit and back, and the edited lines
                // come already highlighted, so the editor does not restyle (and rebuild) them a second time
                area.getContent().replace(from, to, styled);
            } else {
                area.replaceText(from, to, replacement);
            }
        } finally {
            applyingFieldEdit = false;
        }
        if (area.getAnchor() != anchor || area.getCaretPosition() != caret) {
            area.selectRange(anchor, caret);
        }
    }

    /** The writer left the form field: its edits are one undo step, and the next change starts another. */
    void endFieldSession() {
        fieldSession = false;
        sessionTail = -1;
        undo.preventMerge();
    }

    void dispose() {
        subscription.unsubscribe();
    }

    /** Where an offset lands after {@code [from, to)} is replaced by {@code length} characters. */
    static int shift(int offset, int from, int to, int length) {
        if (offset <= from) {
            return offset;
        }
        if (offset >= to) {
            return offset + length - (to - from);
        }
        return from + length;
    }
}
