package dev.postwright.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Every post a site-wide operation would rewrite (replace, tag rename), computed before anything is written.
 *
 * @param title what the operation is, for the preview and the undo entry ("Replace 'a' with 'b'")
 * @param notes what the writer should know that is not a change (regex stopped, match limit, posts left out)
 */
public record ChangePlan(String title, List<PostChange> changes, List<String> notes) {

    public ChangePlan {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Total replacements over all posts. */
    public int count() {
        return changes.stream().mapToInt(PostChange::count).sum();
    }

    /** The plan limited to the given posts (the writer unticked some in the preview). */
    public ChangePlan only(Set<Path> files) {
        return new ChangePlan(
                title, changes.stream().filter(c -> files.contains(c.path())).toList(), notes);
    }
}
