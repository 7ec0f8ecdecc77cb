package dev.postwright.workspace.git;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The repository's state as seen from the site: the branch, how far it is from its upstream (from the last
 * fetch, no network), and each file that is not {@link GitFileState#UNMODIFIED}, keyed by its path relative to
 * the site root. Files not in {@link #files()} are unmodified (or outside the content folders).
 *
 * @param branch the short branch name, empty when HEAD is detached
 * @param head the abbreviated commit id of HEAD, empty in a repository without commits
 * @param upstream the upstream branch as git shows it ({@code origin/main}), empty when none is set
 * @param ahead commits on the branch not on its upstream
 * @param behind commits on the upstream not on the branch
 * @param files every file of the site whose state is not unmodified
 */
public record GitStatus(
        Optional<String> branch,
        Optional<String> head,
        Optional<String> upstream,
        int ahead,
        int behind,
        Map<Path, GitFileState> files) {

    public GitStatus {
        files = Map.copyOf(files);
    }

    /** True when HEAD is not on a branch. */
    public boolean detached() {
        return branch.isEmpty();
    }

    /**
     * The state of one file, given relative to the site root. A file inside an ignored folder is
     * {@link GitFileState#IGNORED} (git reports the folder, not each file in it).
     */
    public GitFileState state(Path relativeToSite) {
        Path rel = relativeToSite.normalize();
        GitFileState s = files.get(rel);
        if (s != null) {
            return s;
        }
        for (Path p = rel.getParent(); p != null; p = p.getParent()) {
            if (files.get(p) == GitFileState.IGNORED) {
                return GitFileState.IGNORED;
            }
        }
        return GitFileState.UNMODIFIED;
    }

    /** A short line for the status bar: {@code main ↑2 ↓1}, or {@code detached at 1a2b3c4}. */
    public String summary() {
        StringBuilder s = new StringBuilder(branch.orElseGet(() -> "detached at " + head.orElse("?")));
        if (ahead > 0) {
            s.append(" ↑").append(ahead);
        }
        if (behind > 0) {
            s.append(" ↓").append(behind);
        }
        return s.toString();
    }
}
