package dev.postwright.workspace.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The site's files that changed since a ref, for {@code check --changed} and {@code list --changed}: what was
 * committed since the branch left the ref (the merge base, as a pull request shows it), plus everything staged,
 * edited or new in the working tree. Deleted files are left out (there is nothing to check).
 */
final class ChangedFiles {

    private final Repository repo;
    private final SitePaths paths;

    ChangedFiles(Repository repo, SitePaths paths) {
        this.repo = repo;
        this.paths = paths;
    }

    /** The ref used when none is given: the branch's upstream, else {@code HEAD}. */
    String defaultRef() throws IOException {
        String branch = repo.getFullBranch();
        if (branch != null && branch.startsWith(Constants.R_HEADS)) {
            String tracking = new BranchConfig(repo.getConfig(), Repository.shortenRefName(branch)).getTrackingBranch();
            if (tracking != null && repo.exactRef(tracking) != null) {
                return tracking;
            }
        }
        return Constants.HEAD;
    }

    Set<Path> since(Optional<String> ref) throws IOException {
        String name = ref.filter(r -> !r.isBlank()).orElse(defaultRef());
        ObjectId head = repo.resolve(Constants.HEAD);
        Set<String> changed = new TreeSet<>();
        if (head != null) {
            ObjectId target = resolve(name);
            try (RevWalk walk = new RevWalk(repo);
                    ObjectReader reader = repo.newObjectReader()) {
                RevCommit base = mergeBase(walk, walk.parseCommit(target), walk.parseCommit(head));
                RevCommit tip = walk.parseCommit(head);
                if (base == null || !base.equals(tip)) {
                    TreeWalk tw = new TreeWalk(repo, reader);
                    if (base == null) {
                        tw.addTree(new CanonicalTreeParser());
                    } else {
                        tw.addTree(new CanonicalTreeParser(null, reader, base.getTree()));
                    }
                    tw.addTree(new CanonicalTreeParser(null, reader, tip.getTree()));
                    tw.setRecursive(true);
                    if (!paths.sitePrefix().isEmpty()) {
                        tw.setFilter(PathFilter.create(paths.sitePrefix()));
                    }
                    for (DiffEntry d : DiffEntry.scan(tw)) {
                        if (d.getChangeType() != DiffEntry.ChangeType.DELETE) {
                            changed.add(d.getNewPath());
                        }
                    }
                }
            }
        } else if (ref.isPresent() && !ref.get().isBlank()) {
            resolve(name); // names the unknown ref in an empty repository too
        }
        IndexDiff work = new IndexDiff(repo, Constants.HEAD, new FileTreeIterator(repo));
        if (!paths.sitePrefix().isEmpty()) {
            work.setFilter(PathFilter.create(paths.sitePrefix()));
        }
        work.diff();
        changed.addAll(work.getAdded());
        changed.addAll(work.getChanged());
        changed.addAll(work.getModified());
        changed.addAll(work.getUntracked());
        changed.addAll(work.getConflicting());
        Set<Path> files = new TreeSet<>();
        for (String p : changed) {
            Path abs = paths.toAbsolute(p);
            if (Files.isRegularFile(abs)) {
                files.add(abs);
            }
        }
        return files;
    }

    private ObjectId resolve(String name) throws IOException {
        ObjectId id;
        try {
            id = repo.resolve(name + "^{commit}");
        } catch (IllegalArgumentException e) { // RevisionSyntaxException: not a ref git could name
            id = null;
        }
        if (id == null) {
            throw new GitException("There is no branch, tag or commit named " + name + " in the repository at "
                    + paths.workTree() + ". Give one that exists (git branch -a lists them), or fetch it first.");
        }
        return id;
    }

    private static RevCommit mergeBase(RevWalk walk, RevCommit a, RevCommit b) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(a);
        walk.markStart(b);
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return base;
    }
}
