package dev.postwright.workspace.git;

import java.nio.file.Path;
import java.util.List;

/**
 * A commit that was made.
 *
 * @param commitId the abbreviated id of the new commit
 * @param files the files it changed (absolute paths)
 * @param message a line for the writer: what was committed, where
 */
public record CommitResult(String commitId, List<Path> files, String message) {

    public CommitResult {
        files = List.copyOf(files);
    }
}
