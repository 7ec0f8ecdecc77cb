package dev.postwright.workspace.rename;

import dev.postwright.post.TextEdit;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The edits planned in one post.
 *
 * @param relPath the post's path relative to the site root, for display
 * @param baseText the text the edits were planned against: the analysed file text, or the editor's buffer
 * @param unsaved true when {@code baseText} is an open tab's unsaved buffer: the editor applies these edits
 * @param previews one entry per changed line, in line order
 */
public record FileChange(
        Path file, String relPath, String baseText, boolean unsaved, List<Edit> edits, List<PreviewLine> previews) {

    public FileChange {
        edits = edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
        previews = List.copyOf(previews);
    }

    /** {@code text} with every edit applied; the offsets are those of {@code baseText}. */
    public String applyTo(String text) {
        return TextEdit.applyAll(text, edits.stream().map(Edit::edit).toList());
    }

    /** {@code baseText} with the edits applied. */
    public String newText() {
        return applyTo(baseText);
    }
}
