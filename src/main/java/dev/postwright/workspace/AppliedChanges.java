package dev.postwright.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ChangeWriter#apply} did, and what {@link ChangeWriter#undo} needs to take it back as a whole.
 *
 * @param written files rewritten on disk, with their exact bytes before and after
 * @param forEditor changes to open tabs with unsaved text: the editor applies them (its own undo takes them back)
 * @param skipped files left as they were, each with the reason in words
 */
public record AppliedChanges(String title, List<Written> written, List<PostChange> forEditor, List<Skipped> skipped) {

    public AppliedChanges {
        written = List.copyOf(written);
        forEditor = List.copyOf(forEditor);
        skipped = List.copyOf(skipped);
    }

    /** One file written: {@code before} and {@code after} are its whole contents as bytes (BOM included). */
    public record Written(Path path, String relPath, byte[] before, byte[] after, String text) {}

    /** A file left untouched. */
    public record Skipped(Path path, String relPath, String reason) {}

    /** "Replaced in 12 posts; 1 skipped", for the status bar. */
    public String summary() {
        StringBuilder sb = new StringBuilder(title)
                .append(": ")
                .append(written.size())
                .append(written.size() == 1 ? " post written" : " posts written");
        if (!forEditor.isEmpty()) {
            sb.append(", ")
                    .append(forEditor.size())
                    .append(" open ")
                    .append(forEditor.size() == 1 ? "tab" : "tabs")
                    .append(" changed (not saved)");
        }
        if (!skipped.isEmpty()) {
            sb.append(", ").append(skipped.size()).append(" skipped");
        }
        return sb.toString();
    }
}
