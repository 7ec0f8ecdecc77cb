package dev.postwright.ui.git;

import dev.postwright.ui.sitetree.GitMark;
import dev.postwright.workspace.git.GitFileState;
import dev.postwright.workspace.git.GitStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Turns the engine's status into what the window shows: the sidebar's marks and the status bar's line. */
public final class GitMarks {

    private GitMarks() {}

    /** The mark of each changed file, by absolute normalized path (how the sidebar keys its rows). */
    public static Map<Path, GitMark> of(GitStatus status, Path siteRoot) {
        Map<Path, GitMark> marks = new HashMap<>();
        Path root = siteRoot.toAbsolutePath().normalize();
        status.files().forEach((rel, state) -> {
            GitMark mark = mark(state);
            if (mark != GitMark.NONE) {
                marks.put(root.resolve(rel).normalize(), mark);
            }
        });
        return marks;
    }

    /** A deleted file has no row in the sidebar, an unmodified one no mark. */
    public static GitMark mark(GitFileState state) {
        return switch (state) {
            case NEW -> GitMark.NEW;
            case ADDED -> GitMark.ADDED;
            case MODIFIED -> GitMark.MODIFIED;
            case STAGED -> GitMark.STAGED;
            case CONFLICTED -> GitMark.CONFLICTED;
            case IGNORED -> GitMark.IGNORED;
            case UNMODIFIED, DELETED -> GitMark.NONE;
        };
    }

    /** The status bar's line: {@code main ↑1 ↓0} with an upstream, the branch alone without one. */
    public static String branchLine(GitStatus status) {
        String where =
                status.branch().orElseGet(() -> "detached at " + status.head().orElse("?"));
        return status.upstream().isPresent() ? where + " ↑" + status.ahead() + " ↓" + status.behind() : where;
    }

    /** The status bar's tooltip, in words. */
    public static String branchTooltip(GitStatus status) {
        if (status.branch().isEmpty()) {
            return "HEAD is not on a branch (detached at " + status.head().orElse("no commit") + ").";
        }
        String branch = "Branch " + status.branch().get();
        if (status.upstream().isEmpty()) {
            return branch + " has no upstream branch: Git → Push offers to set one.";
        }
        return branch + " tracks " + status.upstream().get() + ": " + commits(status.ahead()) + " to push, "
                + commits(status.behind()) + " to pull (as of the last fetch).";
    }

    private static String commits(int n) {
        return n + (n == 1 ? " commit" : " commits");
    }
}
