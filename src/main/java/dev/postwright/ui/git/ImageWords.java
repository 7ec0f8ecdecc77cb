package dev.postwright.ui.git;

import dev.postwright.workspace.git.GitFileState;

/** How an image's git state reads in the diff and commit dialogs. */
final class ImageWords {

    private ImageWords() {}

    static String of(GitFileState state) {
        return switch (state) {
            case NEW, ADDED -> "new";
            case MODIFIED, STAGED -> "changed";
            case DELETED -> "deleted";
            case CONFLICTED -> "conflicted";
            case IGNORED -> "ignored";
            case UNMODIFIED -> "unchanged";
        };
    }
}
