package dev.postwright.workspace;

import dev.postwright.post.recovery.LineDiff;
import java.nio.file.Path;

/**
 * A planned rewrite of one post, shown to the writer as a diff before anything is written.
 *
 * @param before the text the change was planned against (the file as read, or the open tab's unsaved text)
 * @param unsaved true when {@code before} is an open tab's unsaved text: written only into that tab, if at all
 * @param count how many replacements the change makes
 * @param warning what the writer should look at before writing (e.g. the front matter no longer parses); "" if none
 */
public record PostChange(
        Path path, String relPath, String before, String after, boolean unsaved, int count, String warning) {

    /** The unified diff with one line of context, as the preview shows it. */
    public String diff() {
        return LineDiff.unified(before, after, relPath, 1);
    }
}
