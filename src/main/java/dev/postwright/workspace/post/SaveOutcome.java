package dev.postwright.workspace.post;

import dev.postwright.validation.Problem;
import java.util.List;

/** What happened when the writer asked to save an {@link OpenPost}. */
public sealed interface SaveOutcome {
    /** Written to disk. */
    record Saved() implements SaveOutcome {}

    /** Written, and the post's published URL changed: links elsewhere may need updating. */
    record SavedWithNewUrl(String oldUrl, String newUrl) implements SaveOutcome {}

    /** Not written: the post has errors; the writer may fix them or save anyway. */
    record Blocked(List<Problem> errors) implements SaveOutcome {}

    /** Not written: the file system refused; the message says why and what to do. */
    record Failed(String message) implements SaveOutcome {}

    /**
     * Not written: the file on disk is not the version this tab knows (another program changed, replaced or
     * deleted it); the tab shows the conflict. Saving over it needs the writer's yes: {@code save(.., true)}.
     */
    record Conflict(String message) implements SaveOutcome {}
}
