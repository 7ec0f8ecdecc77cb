package dev.postwright.workspace.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One post against the last commit: its front matter field by field, its body as line hunks, and the images it
 * references that are new or changed.
 *
 * @param post the post (absolute path)
 * @param newFile true when the post is not in the last commit (every field is then {@code ADDED})
 * @param fields front matter changes, in the order of the new version (removed fields last)
 * @param hunks the body's changed lines with three lines of context
 * @param images referenced images that are new or changed, with their state
 */
public record PostDiff(
        Path post, boolean newFile, List<FieldChange> fields, List<Hunk> hunks, List<ImageChange> images) {

    public PostDiff {
        fields = List.copyOf(fields);
        hunks = List.copyOf(hunks);
        images = List.copyOf(images);
    }

    /** True when the post is the same as in the last commit. */
    public boolean unchanged() {
        return !newFile && fields.isEmpty() && hunks.isEmpty() && images.isEmpty();
    }

    /**
     * One front matter field that differs.
     *
     * @param oldValue the value in the last commit as written in the file, empty when added
     * @param newValue the value now, empty when removed
     */
    public record FieldChange(String key, Kind kind, Optional<String> oldValue, Optional<String> newValue) {
        public enum Kind {
            ADDED,
            REMOVED,
            CHANGED
        }
    }

    /**
     * A run of changed body lines with context. Line numbers are 1-based lines of the whole file.
     *
     * @param oldStart first line in the committed version
     * @param newStart first line in the current version
     */
    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {
        public Hunk {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line of a hunk.
     *
     * @param oldLine its 1-based line in the committed version, 0 for an added line
     * @param newLine its 1-based line now, 0 for a removed line
     */
    public record Line(LineKind kind, String text, int oldLine, int newLine) {}

    public enum LineKind {
        CONTEXT,
        ADDED,
        REMOVED
    }

    /** An image the post references that git sees as new or changed. */
    public record ImageChange(Path file, GitFileState state) {}
}
