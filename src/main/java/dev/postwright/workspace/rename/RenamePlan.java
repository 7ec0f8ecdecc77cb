package dev.postwright.workspace.rename;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What renaming a post's URL from {@code oldUrl} to {@code newUrl} changes in the other posts, one
 * {@link FileChange} per post that links to the old URL, ordered by the post's path.
 */
public record RenamePlan(Path post, String oldUrl, String newUrl, List<FileChange> changes) {

    public RenamePlan {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Every edit of every file, file by file. */
    public List<Edit> edits() {
        return changes.stream().flatMap(c -> c.edits().stream()).toList();
    }

    /** The same plan limited to the given files (the ones the writer left ticked). */
    public RenamePlan only(Set<Path> files) {
        return new RenamePlan(
                post,
                oldUrl,
                newUrl,
                changes.stream().filter(c -> files.contains(c.file())).toList());
    }
}
