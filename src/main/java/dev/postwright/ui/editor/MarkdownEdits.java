package dev.postwright.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure markdown editing commands: text + selection in, one {@link EditorEdit} out. */
public final class MarkdownEdits {
    private static final Pattern HEADING = Pattern.compile("#{1,6}(?:[ \\t]+|$)");
    private static final Pattern BULLET = Pattern.compile("[ \\t]*([-*+] )");
    private static final Pattern NUMBER = Pattern.compile("[ \\t]*(\\d{1,9}[.)] )");

    private MarkdownEdits() {}

    /** Toggles {@code **} around the selection. */
    public static EditorEdit bold(String text, int start, int end) {
        return toggleWrap(text, start, end, "**");
    }

    /** Toggles {@code _} around the selection. */
    public static EditorEdit italic(String text, int start, int end) {
        return toggleWrap(text, start, end, "_");
    }

    /** Toggles a backtick around the selection. */
    public static EditorEdit code(String text, int start, int end) {
        return toggleWrap(text, start, end, "`");
    }

    /**
     * Wraps the selection in {@code marker} (caret between the markers when nothing is selected),
     * or removes the markers when the selection is already wrapped, inside or just outside.
     */
    public static EditorEdit toggleWrap(String text, int start, int end, String marker) {
        int m = marker.length();
        String selected = text.substring(start, end);
        if (selected.length() >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
            String inner = selected.substring(m, selected.length() - m);
            return new EditorEdit(start, end, inner, start, start + inner.length());
        }
        if (start >= m
                && end + m <= text.length()
                && text.startsWith(marker, start - m)
                && text.startsWith(marker, end)) {
            return new EditorEdit(start - m, end + m, selected, start - m, end - m);
        }
        return new EditorEdit(start, end, marker + selected + marker, start + m, end + m);
    }

    /** Turns the selection into {@code [selection](url)} with {@code url} selected for typing. */
    public static EditorEdit link(String text, int start, int end) {
        String selected = text.substring(start, end);
        int url = start + selected.length() + 3;
        return new EditorEdit(start, end, "[" + selected + "](url)", url, url + 3);
    }

    /** Sets the heading level (1..6) of the line holding the selection start; 0 removes it. */
    public static EditorEdit heading(String text, int start, int end, int level) {
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        Matcher matcher = HEADING.matcher(text).region(lineStart, lineEnd(text, lineStart));
        int oldLength = matcher.lookingAt() ? matcher.end() - lineStart : 0;
        String prefix = level == 0 ? "" : "#".repeat(level) + " ";
        int delta = prefix.length() - oldLength;
        int prefixEnd = lineStart + oldLength;
        int newStart = start < prefixEnd ? lineStart + prefix.length() : start + delta;
        int newEnd = end < prefixEnd ? lineStart + prefix.length() : end + delta;
        return new EditorEdit(lineStart, prefixEnd, prefix, newStart, newEnd);
    }

    /** Adds "- " to the selected lines, or removes it when every non-blank one has a bullet. */
    public static EditorEdit bulletList(String text, int start, int end) {
        return toggleList(text, start, end, BULLET, false);
    }

    /** Numbers the selected lines "1. ", "2. ", ..., or removes the numbers when all have one. */
    public static EditorEdit numberedList(String text, int start, int end) {
        return toggleList(text, start, end, NUMBER, true);
    }

    private static EditorEdit toggleList(String text, int start, int end, Pattern own, boolean numbered) {
        int blockStart = text.lastIndexOf('\n', start - 1) + 1;
        int lastLineEnd = end > start && end > 0 && text.charAt(end - 1) == '\n' ? end - 1 : end;
        int blockEnd = lineEnd(text, Math.max(lastLineEnd, blockStart));
        String[] lines = text.substring(blockStart, blockEnd).split("\n", -1);
        boolean allBlank = true;
        boolean allMarked = true;
        for (String line : lines) {
            if (!line.isBlank()) {
                allBlank = false;
                allMarked &= own.matcher(line).lookingAt();
            }
        }
        StringBuilder out = new StringBuilder();
        List<int[]> shifts = new ArrayList<>(); // per line: old start, old marker end, new start, new marker end
        int oldLineStart = blockStart;
        int number = 1;
        for (String line : lines) {
            int indent = line.length() - line.stripLeading().length();
            int oldMarkerEnd = markerEnd(line, indent);
            String marker = "";
            boolean touch = allBlank || !line.isBlank();
            if (!touch) {
                oldMarkerEnd = indent;
                marker = "";
            } else if (!allMarked || allBlank) {
                marker = numbered ? (number++) + ". " : "- ";
            }
            int newLineStart = blockStart + out.length();
            String rest = touch ? line.substring(oldMarkerEnd) : line.substring(indent);
            out.append(line, 0, indent).append(marker).append(rest).append('\n');
            shifts.add(new int[] {
                oldLineStart,
                oldLineStart + oldMarkerEnd,
                newLineStart,
                newLineStart + indent + marker.length(),
                oldLineStart + indent
            });
            oldLineStart += line.length() + 1;
        }
        out.setLength(out.length() - 1);
        if (start != end) {
            // keep whole lines selected so the command can be repeated to toggle back
            return new EditorEdit(blockStart, blockEnd, out.toString(), blockStart, blockStart + out.length());
        }
        return new EditorEdit(blockStart, blockEnd, out.toString(), map(shifts, start), map(shifts, end));
    }

    /** End (within the line) of an existing bullet or number marker after {@code indent}, else indent. */
    private static int markerEnd(String line, int indent) {
        for (Pattern p : List.of(BULLET, NUMBER)) {
            Matcher matcher = p.matcher(line);
            if (matcher.lookingAt()) {
                return matcher.end();
            }
        }
        return indent;
    }

    private static int map(List<int[]> shifts, int pos) {
        int[] line = shifts.get(0);
        for (int[] candidate : shifts) {
            if (candidate[0] <= pos) {
                line = candidate;
            }
        }
        int col = pos - line[0];
        int indentEnd = line[4];
        if (pos < indentEnd) {
            return line[2] + col;
        }
        if (pos >= line[1]) {
            return pos - line[1] + line[3];
        }
        return line[3];
    }

    private static int lineEnd(String text, int from) {
        int e = text.indexOf('\n', from);
        return e < 0 ? text.length() : e;
    }
}
