package dev.postwright.workspace.git;

import java.nio.file.Path;
import java.util.List;

/**
 * What to commit: exactly these posts and images (absolute paths inside the repository), nothing else that may
 * be staged, with this message and author.
 */
public record CommitRequest(List<Path> posts, List<Path> images, String message, GitIdentity identity) {

    public CommitRequest {
        posts = List.copyOf(posts);
        images = List.copyOf(images);
    }
}
