package dev.postwright.ui.editor;

import java.util.Collection;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The text that replaces a range of the editor, already highlighted as it will read there. Replacing with it
 * changes the document once; replacing with plain text and restyling after would replace the edited lines twice
 * (and rebuild them on screen twice) in the same event.
 */
final class StyledReplacement {
    /** Above this many characters before the edited lines, the highlighter's prefix scan is not worth it. */
    static final int MAX_PREFIX = 16 * 1024;
    /** Above this many edited lines the debounced full pass styles them instead (also of typing and pastes). */
    static final int MAX_LINES = 50;

    private StyledReplacement() {}

    /**
     * {@code replacement} highlighted as it will read once it replaces {@code [from, to)} of {@code area}'s text;
     * null when the edit is too far down or too large to style here (the debounced full pass styles it then).
     */
    static StyledDocument<Collection<String>, String, Collection<String>> of(
            CodeArea area, int from, int to, String replacement) {
        int firstLine = area.offsetToPosition(from, Bias.Backward).getMajor();
        int lastLine = area.offsetToPosition(to, Bias.Forward).getMajor();
        int lineStart = area.getAbsolutePosition(firstLine, 0);
        if (lineStart > MAX_PREFIX || lastLine - firstLine > MAX_LINES) {
            return null;
        }
        // paragraph texts, not the area's getText(from, to), which builds a styled sub-document to read them
        String first = area.getParagraph(firstLine).getText();
        String last = area.getParagraph(lastLine).getText();
        int lastStart = area.getAbsolutePosition(lastLine, 0);
        int offset = from - lineStart;
        String lines = first.substring(0, offset) + replacement + last.substring(to - lastStart);
        int newLastLine = firstLine + (int) lines.chars().filter(c -> c == '\n').count();
        if (newLastLine - firstLine > MAX_LINES) {
            return null;
        }
        // the highlighter reads block state (front matter, code fences) from the lines above
        StyleSpans<Collection<String>> spans =
                MarkdownHighlighter.highlightRange(above(area, firstLine) + lines, firstLine, newLastLine);
        if (spans.length() != lines.length()) {
            return null;
        }
        Collection<String> lineStyle = area.getParagraph(firstLine).getParagraphStyle();
        var doc = new SimpleEditableStyledDocument<Collection<String>, Collection<String>>(
                lineStyle, area.getInitialTextStyle());
        doc.replace(
                0,
                0,
                ReadOnlyStyledDocument.fromString(
                        replacement, lineStyle, area.getInitialTextStyle(), area.getSegOps()));
        if (!replacement.isEmpty()) {
            doc.setStyleSpans(0, spans.subView(offset, offset + replacement.length()));
        }
        return doc.snapshot();
    }

    /** The text of the lines before {@code line}, each with its line ending. */
    private static String above(CodeArea area, int line) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < line; p++) {
            text.append(area.getParagraph(p).getText()).append('\n');
        }
        return text.toString();
    }
}
