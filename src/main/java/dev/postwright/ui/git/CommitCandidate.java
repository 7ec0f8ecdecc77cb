package dev.postwright.ui.git;

import dev.postwright.workspace.git.GitFileState;
import dev.postwright.workspace.git.PostDiff;
import java.nio.file.Path;
import java.util.List;

/**
 * A changed post the commit dialog offers, with the referenced images that are new or changed (ticked with it).
 *
 * @param post absolute path
 * @param relPath the post relative to the site root, as the dialog shows it
 * @param title the post's title, or its file name when it has none
 * @param state the post's git state
 * @param images its new or changed images
 * @param ticked ticked when the dialog opens (the post of the selected tab)
 */
public record CommitCandidate(
        Path post,
        String relPath,
        String title,
        GitFileState state,
        List<PostDiff.ImageChange> images,
        boolean ticked) {

    public CommitCandidate {
        images = List.copyOf(images);
    }

    /** Not in the last commit yet: the message says {@code post:}, not {@code update:}. */
    public boolean isNew() {
        return state == GitFileState.NEW || state == GitFileState.ADDED;
    }
}
