package dev.postwright.workspace.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * Commits exactly the chosen files, like {@code git commit --only -- <files>}: whatever else is staged stays
 * staged and out of the commit.
 */
final class Committer {

    private final Repository repo;
    private final SitePaths paths;

    Committer(Repository repo, SitePaths paths) {
        this.repo = repo;
        this.paths = paths;
    }

    CommitResult commit(CommitRequest request) {
        String message = request.message() == null ? "" : request.message().strip();
        if (message.isEmpty()) {
            throw new GitException("Write a commit message first.");
        }
        if (!request.identity().complete()) {
            throw new GitException("Give your name and email for the commit.");
        }
        Set<Path> files = new LinkedHashSet<>(request.posts());
        files.addAll(request.images());
        if (files.isEmpty()) {
            throw new GitException("Choose at least one post to commit.");
        }
        if (repo.getRepositoryState() != RepositoryState.SAFE) {
            // git itself refuses a partial commit in the middle of a merge; the writer finishes it in git.
            throw new GitException("The repository is in the middle of a " + operation(repo.getRepositoryState())
                    + ". Finish or abort it with git first, then commit from here.");
        }
        Map<String, Path> byRepoPath = new LinkedHashMap<>();
        for (Path f : files) {
            byRepoPath.put(paths.toRepoPath(f), f.toAbsolutePath().normalize());
        }
        try (Git git = new Git(repo)) {
            IndexDiff diff = new IndexDiff(repo, Constants.HEAD, new FileTreeIterator(repo));
            diff.setFilter(PathFilterGroup.createFromStrings(byRepoPath.keySet()));
            diff.diff();
            Set<String> untracked = new LinkedHashSet<>(diff.getUntracked());
            untracked.retainAll(byRepoPath.keySet());
            if (diff.getAdded().isEmpty()
                    && diff.getChanged().isEmpty()
                    && diff.getModified().isEmpty()
                    && diff.getRemoved().isEmpty()
                    && diff.getMissing().isEmpty()
                    && untracked.isEmpty()) {
                throw new GitException("Nothing to commit: the chosen files are the same as in the last commit.");
            }
            // JGit's commit --only takes only files git already knows: new files are added to the index first
            // (they are being committed anyway) and taken out again if the commit fails.
            if (!untracked.isEmpty()) {
                AddCommand add = git.add();
                untracked.forEach(add::addFilepattern);
                add.call();
            }
            try {
                return commitOnly(git, byRepoPath, message, request.identity());
            } catch (GitAPIException | RuntimeException e) {
                if (!untracked.isEmpty() && repo.resolve(Constants.HEAD) != null) {
                    ResetCommand reset = git.reset();
                    untracked.forEach(reset::addPath);
                    reset.call();
                }
                throw e;
            }
        } catch (GitAPIException | JGitInternalException e) {
            throw new GitException("Could not commit: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new GitException("Could not commit: " + e.getMessage(), e);
        }
    }

    /** What git is in the middle of, in a writer's words (JGit's own descriptions read oddly in a sentence). */
    private static String operation(RepositoryState state) {
        String name = state.name();
        if (name.startsWith("MERGING")) {
            return "merge";
        }
        if (name.startsWith("REBASING")) {
            return "rebase";
        }
        if (name.startsWith("CHERRY_PICKING")) {
            return "cherry-pick";
        }
        if (name.startsWith("REVERTING")) {
            return "revert";
        }
        if (name.equals("BISECTING")) {
            return "bisect";
        }
        return "git operation (" + state.getDescription().toLowerCase(Locale.ROOT) + ")";
    }

    private CommitResult commitOnly(Git git, Map<String, Path> byRepoPath, String message, GitIdentity identity)
            throws GitAPIException, IOException {
        PersonIdent who = new PersonIdent(identity.name(), identity.email());
        CommitCommand cmd = git.commit()
                .setMessage(message + "\n")
                .setAuthor(who)
                .setCommitter(who)
                .setSign(false);
        byRepoPath.keySet().forEach(cmd::setOnly);
        RevCommit c = cmd.call();
        String id = c.abbreviate(7).name();
        List<Path> committed = new ArrayList<>(byRepoPath.values());
        return new CommitResult(
                id,
                committed,
                "Committed " + committed.size() + (committed.size() == 1 ? " file" : " files") + " as " + id + " on "
                        + repo.getBranch() + ".");
    }
}
