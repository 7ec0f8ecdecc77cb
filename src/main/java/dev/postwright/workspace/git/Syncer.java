package dev.postwright.workspace.git;

import dev.postwright.workspace.git.SyncResult.Outcome;
import java.io.IOException;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Fetch, push and fast-forward pull of the current branch with its upstream. Never forces, never rebases, never
 * makes a merge commit: when a pull cannot fast-forward it says so and leaves everything as it was.
 */
final class Syncer {

    private final Repository repo;
    private final Credentials credentials;

    Syncer(Repository repo, Credentials credentials) {
        this.repo = repo;
        this.credentials = credentials;
    }

    /** The current branch and where it pushes and pulls, or why it cannot. */
    private record Upstream(String branch, String remote, String remoteBranch, String url) {}

    SyncResult fetch() {
        String branch = branchOrNull();
        String remote = branch == null ? null : new BranchConfig(repo.getConfig(), branch).getRemote();
        if (remote == null || remote.equals(BranchConfig.LOCAL_REPOSITORY)) {
            remote = remotes().contains(Constants.DEFAULT_REMOTE_NAME) ? Constants.DEFAULT_REMOTE_NAME : null;
        }
        if (remote == null) {
            return noRemote();
        }
        String url = url(remote);
        try (Git git = new Git(repo)) {
            git.fetch()
                    .setRemote(remote)
                    .setCredentialsProvider(credentials.forUrl(url))
                    .call();
            credentials.approve();
        } catch (GitAPIException | RuntimeException e) {
            return failed("fetch", remote, url, e);
        }
        return new SyncResult(Outcome.DONE, "Fetched " + remote + "." + aheadBehind(branch));
    }

    SyncResult push() {
        Upstream up = upstream();
        if (up == null) {
            return noUpstream();
        }
        return push(up, false);
    }

    SyncResult pushSettingUpstream(String remote) {
        String branch = branchOrNull();
        if (branch == null) {
            return detached();
        }
        if (!remotes().contains(remote)) {
            return noRemote();
        }
        SyncResult pushed = push(new Upstream(branch, remote, branch, url(remote)), true);
        if (pushed.outcome() == Outcome.DONE || pushed.outcome() == Outcome.UP_TO_DATE) {
            StoredConfig config = repo.getConfig();
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, remote);
            config.setString(
                    ConfigConstants.CONFIG_BRANCH_SECTION,
                    branch,
                    ConfigConstants.CONFIG_KEY_MERGE,
                    Constants.R_HEADS + branch);
            try {
                config.save();
            } catch (IOException e) {
                return new SyncResult(
                        Outcome.FAILED,
                        "Pushed " + branch + " to " + remote + ", but could not record it as the upstream: "
                                + e.getMessage() + ".");
            }
            return new SyncResult(
                    pushed.outcome(), pushed.message() + " " + branch + " now tracks " + remote + "/" + branch + ".");
        }
        return pushed;
    }

    private SyncResult push(Upstream up, boolean settingUpstream) {
        try (Git git = new Git(repo)) {
            PushCommand push = git.push()
                    .setRemote(up.remote())
                    .setForce(false)
                    .setRefSpecs(
                            new RefSpec(Constants.R_HEADS + up.branch() + ":" + Constants.R_HEADS + up.remoteBranch()))
                    .setCredentialsProvider(credentials.forUrl(up.url()));
            Iterable<PushResult> results = push.call();
            credentials.approve();
            for (PushResult r : results) {
                for (RemoteRefUpdate u : r.getRemoteUpdates()) {
                    SyncResult s = outcome(up, u);
                    if (s.outcome() != Outcome.DONE) {
                        return s;
                    }
                }
            }
            return new SyncResult(Outcome.DONE, "Pushed " + up.branch() + " to " + up.remote() + ".");
        } catch (GitAPIException | RuntimeException e) {
            return failed("push", up.remote(), up.url(), e);
        }
    }

    private static SyncResult outcome(Upstream up, RemoteRefUpdate u) {
        String where = up.remote() + "/" + up.remoteBranch();
        return switch (u.getStatus()) {
            case OK -> new SyncResult(Outcome.DONE, "Pushed " + up.branch() + " to " + up.remote() + ".");
            case UP_TO_DATE ->
                new SyncResult(
                        Outcome.UP_TO_DATE,
                        "Nothing to push: " + where + " already has every commit of " + up.branch() + ".");
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED ->
                new SyncResult(
                        Outcome.REJECTED,
                        where + " has commits that " + up.branch() + " does not have yet. Pull first, then push again"
                                + " (nothing was overwritten).");
            default ->
                new SyncResult(
                        Outcome.FAILED,
                        up.remote() + " refused the push"
                                + (u.getMessage() == null
                                        ? "."
                                        : ": " + u.getMessage().strip() + "."));
        };
    }

    SyncResult pullFastForward() {
        Upstream up = upstream();
        if (up == null) {
            return noUpstream();
        }
        try (Git git = new Git(repo)) {
            git.fetch()
                    .setRemote(up.remote())
                    .setCredentialsProvider(credentials.forUrl(up.url()))
                    .call();
            credentials.approve();
            String tracking = new BranchConfig(repo.getConfig(), up.branch()).getRemoteTrackingBranch();
            Ref theirs = tracking == null ? null : repo.exactRef(tracking);
            if (theirs == null) {
                return new SyncResult(
                        Outcome.NO_UPSTREAM,
                        up.remote() + " has no branch " + up.remoteBranch() + " yet. Push " + up.branch() + " first.");
            }
            BranchTrackingStatus st = BranchTrackingStatus.of(repo, up.branch());
            if (st != null && st.getBehindCount() == 0) {
                return new SyncResult(
                        Outcome.UP_TO_DATE, up.branch() + " is up to date with " + shortName(tracking) + ".");
            }
            if (st != null && st.getAheadCount() > 0) {
                return new SyncResult(
                        Outcome.REJECTED,
                        up.branch() + " and " + shortName(tracking) + " have both moved on ("
                                + st.getAheadCount() + " commits here, " + st.getBehindCount()
                                + " there), so they cannot be joined by a fast-forward. Postwright does not merge or"
                                + " rebase: join them with git, then push.");
            }
            MergeResult merge = git.merge()
                    .include(theirs)
                    .setFastForward(FastForwardMode.FF_ONLY)
                    .setCommit(true)
                    .call();
            return switch (merge.getMergeStatus()) {
                case FAST_FORWARD ->
                    new SyncResult(
                            Outcome.DONE,
                            "Pulled " + st.getBehindCount() + (st.getBehindCount() == 1 ? " commit" : " commits")
                                    + " from " + shortName(tracking) + ".");
                case ALREADY_UP_TO_DATE ->
                    new SyncResult(
                            Outcome.UP_TO_DATE, up.branch() + " is up to date with " + shortName(tracking) + ".");
                case FAILED ->
                    new SyncResult(
                            Outcome.FAILED,
                            "Pulling would overwrite your uncommitted changes to "
                                    + String.join(", ", merge.getFailingPaths().keySet())
                                    + ". Commit them first, then pull.");
                default ->
                    new SyncResult(
                            Outcome.REJECTED,
                            up.branch() + " cannot be fast-forwarded to " + shortName(tracking)
                                    + ". Postwright does not merge or rebase: join them with git.");
            };
        } catch (CheckoutConflictException e) {
            return new SyncResult(
                    Outcome.FAILED,
                    "Pulling would overwrite your uncommitted changes to " + String.join(", ", e.getConflictingPaths())
                            + ". Commit them first, then pull.");
        } catch (GitAPIException | IOException | RuntimeException e) {
            return failed("pull", up.remote(), up.url(), e);
        }
    }

    private SyncResult failed(String action, String remote, String url, Throwable e) {
        SyncResult r = SyncErrors.of(action, remote, url, e);
        if (r.outcome() == Outcome.AUTH_FAILED) {
            credentials.reject();
        }
        return r;
    }

    private Upstream upstream() {
        String branch = branchOrNull();
        if (branch == null) {
            return null;
        }
        BranchConfig bc = new BranchConfig(repo.getConfig(), branch);
        String remote = bc.getRemote();
        String merge = bc.getMerge();
        if (remote == null || merge == null || remote.equals(BranchConfig.LOCAL_REPOSITORY)) {
            return null;
        }
        return new Upstream(branch, remote, Repository.shortenRefName(merge), url(remote));
    }

    private String branchOrNull() {
        try {
            String full = repo.getFullBranch();
            return full != null && full.startsWith(Constants.R_HEADS) ? Repository.shortenRefName(full) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Set<String> remotes() {
        return repo.getRemoteNames();
    }

    private String url(String remote) {
        String u = repo.getConfig()
                .getString(ConfigConstants.CONFIG_REMOTE_SECTION, remote, ConfigConstants.CONFIG_KEY_URL);
        return u == null ? "?" : u;
    }

    private String aheadBehind(String branch) {
        if (branch == null) {
            return "";
        }
        try {
            BranchTrackingStatus st = BranchTrackingStatus.of(repo, branch);
            if (st == null) {
                return "";
            }
            return " " + branch + " is " + st.getAheadCount() + " ahead and " + st.getBehindCount() + " behind "
                    + shortName(st.getRemoteTrackingBranch()) + ".";
        } catch (IOException e) {
            return "";
        }
    }

    private static String shortName(String ref) {
        return Repository.shortenRefName(ref);
    }

    private SyncResult noUpstream() {
        String branch = branchOrNull();
        if (branch == null) {
            return detached();
        }
        if (remotes().isEmpty()) {
            return noRemote();
        }
        String remote = remotes().contains(Constants.DEFAULT_REMOTE_NAME)
                ? Constants.DEFAULT_REMOTE_NAME
                : remotes().iterator().next();
        return new SyncResult(
                Outcome.NO_UPSTREAM,
                branch + " has no upstream branch yet. Push it to " + remote + " and track it (git push -u " + remote
                        + " " + branch + ").");
    }

    private static SyncResult noRemote() {
        return new SyncResult(
                Outcome.NO_UPSTREAM,
                "This repository has no remote to push to. Add one with git remote add origin <address>.");
    }

    private static SyncResult detached() {
        return new SyncResult(Outcome.FAILED, "HEAD is not on a branch (detached). Check out a branch with git first.");
    }
}
