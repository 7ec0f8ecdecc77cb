package dev.postwright.workspace.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads {@link GitStatus} with JGit's {@link IndexDiff}, walking only the site's folder of the repository (the
 * whole work tree when the site is the repository). No network.
 */
final class GitStatusReader {

    private final Repository repo;
    private final SitePaths paths;

    GitStatusReader(Repository repo, SitePaths paths) {
        this.repo = repo;
        this.paths = paths;
    }

    GitStatus read() throws IOException {
        IndexDiff diff = new IndexDiff(repo, Constants.HEAD, new FileTreeIterator(repo));
        if (!paths.sitePrefix().isEmpty()) {
            diff.setFilter(PathFilter.create(paths.sitePrefix()));
        }
        diff.diff();
        Map<Path, GitFileState> files = new HashMap<>();
        // Weakest first: a later, stronger state for the same file wins.
        put(files, diff.getIgnoredNotInIndex(), GitFileState.IGNORED);
        put(files, diff.getUntracked(), GitFileState.NEW);
        put(files, diff.getChanged(), GitFileState.STAGED);
        put(files, diff.getRemoved(), GitFileState.DELETED);
        put(files, diff.getMissing(), GitFileState.DELETED);
        put(files, diff.getModified(), GitFileState.MODIFIED);
        put(files, diff.getAdded(), GitFileState.ADDED);
        put(files, diff.getConflicting(), GitFileState.CONFLICTED);

        String full = repo.getFullBranch();
        Optional<String> branch = full != null && full.startsWith(Constants.R_HEADS)
                ? Optional.of(Repository.shortenRefName(full))
                : Optional.empty();
        ObjectId head = repo.resolve(Constants.HEAD);
        Optional<String> headId =
                Optional.ofNullable(head).map(id -> id.abbreviate(7).name());
        Optional<String> upstream = Optional.empty();
        int ahead = 0;
        int behind = 0;
        if (branch.isPresent()) {
            BranchTrackingStatus tracking = BranchTrackingStatus.of(repo, branch.get());
            if (tracking != null) {
                upstream = Optional.of(Repository.shortenRefName(tracking.getRemoteTrackingBranch()));
                ahead = tracking.getAheadCount();
                behind = tracking.getBehindCount();
            }
        }
        return new GitStatus(branch, headId, upstream, ahead, behind, files);
    }

    private void put(Map<Path, GitFileState> files, Set<String> repoPaths, GitFileState state) {
        for (String p : repoPaths) {
            paths.toSiteRelative(p).ifPresent(rel -> files.put(rel, state));
        }
    }
}
