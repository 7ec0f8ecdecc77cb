package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitTest {

    @TempDir
    Path tmp;

    private static final String POST = "---\ntitle: Sourdough starter\n---\n\nFlour and water.\n";
    private static final GitIdentity GRACE = new GitIdentity("Grace Hopper", "grace@example.org");

    @Test
    void commitsExactlyTheChosenFilesAndLeavesOtherStagedChangesStaged() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("src/posts/old.md", POST);
            f.write("src/posts/other.md", POST);
            f.commitAll("first");
            Path post = f.write("src/posts/new.md", POST.replace("Sourdough starter", "Rye bread"));
            Path image = f.write("public/img/rye.png", "not really a png");
            f.write("src/posts/other.md", POST + "Staged by someone else.\n");
            f.add("src/posts/other.md");
            f.write("src/posts/old.md", POST + "Edited, not chosen.\n");

            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            CommitResult result =
                    repo.commit(new CommitRequest(List.of(post), List.of(image), "post: Rye bread", GRACE));

            RevCommit head = headCommit(f.git.getRepository());
            assertEquals(Set.of("src/posts/new.md", "public/img/rye.png"), changedIn(f.git.getRepository(), head));
            assertEquals("post: Rye bread\n", head.getFullMessage());
            assertEquals("Grace Hopper", head.getAuthorIdent().getName());
            assertEquals("grace@example.org", head.getAuthorIdent().getEmailAddress());
            assertEquals(head.abbreviate(7).name(), result.commitId());
            assertTrue(result.message().contains("2 files"), result.message());

            GitStatus s = repo.status();
            assertEquals(GitFileState.STAGED, s.state(Path.of("src/posts/other.md")));
            assertEquals(GitFileState.MODIFIED, s.state(Path.of("src/posts/old.md")));
            assertEquals(GitFileState.UNMODIFIED, s.state(Path.of("src/posts/new.md")));
            assertEquals(GitFileState.UNMODIFIED, s.state(Path.of("public/img/rye.png")));
        }
    }

    @Test
    void aSiteInASubfolderCommitsItsPostsByAbsolutePath() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("repo"))) {
            f.write("README.md", "repo");
            f.commitAll("first");
            Path post = f.write("blog/posts/a.md", POST);
            GitRepo repo = GitRepo.open(f.dir.resolve("blog")).orElseThrow();
            repo.commit(new CommitRequest(List.of(post), List.of(), "post: Sourdough starter", GRACE));
            assertEquals(
                    Set.of("blog/posts/a.md"), changedIn(f.git.getRepository(), headCommit(f.git.getRepository())));
        }
    }

    @Test
    void theFirstCommitOfAnEmptyRepositoryHoldsOnlyTheChosenPost() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            Path post = f.write("posts/a.md", POST);
            f.write("posts/b.md", POST);
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            repo.commit(new CommitRequest(List.of(post), List.of(), "post: Sourdough starter", GRACE));
            try (TreeWalk tw = TreeWalk.forPath(
                    f.git.getRepository(),
                    "posts/b.md",
                    headCommit(f.git.getRepository()).getTree())) {
                assertEquals(null, tw, "b.md was not chosen");
            }
            assertEquals(GitFileState.NEW, repo.status().state(Path.of("posts/b.md")));
            assertEquals(GitFileState.UNMODIFIED, repo.status().state(Path.of("posts/a.md")));
        }
    }

    @Test
    void inTheMiddleOfAMergeNothingIsCommittedAndTheWriterIsToldWhy() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            f.commitAll("first");
            f.git.branchCreate().setName("other").call();
            f.write("posts/a.md", POST.replace("Flour", "Rye flour"));
            f.commitAll("rye");
            f.git.checkout().setName("other").call();
            f.write("posts/a.md", POST.replace("Flour", "Spelt flour"));
            f.commitAll("spelt");
            f.git.checkout().setName("main").call();
            f.git.merge().include(f.git.getRepository().resolve("other")).call();
            Path other = f.write("posts/b.md", POST);
            ObjectId before = f.git.getRepository().resolve("HEAD");

            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            GitException e = assertThrows(
                    GitException.class,
                    () -> repo.commit(new CommitRequest(List.of(other), List.of(), "post: b", GRACE)));
            assertTrue(e.getMessage().contains("middle of a merge"), e.getMessage());
            assertEquals(before, f.git.getRepository().resolve("HEAD"));
        }
    }

    @Test
    void anUnchangedPostIsNothingToCommit() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            Path post = f.write("posts/a.md", POST);
            f.commitAll("first");
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            GitException e = assertThrows(
                    GitException.class,
                    () -> repo.commit(new CommitRequest(List.of(post), List.of(), "update: a", GRACE)));
            assertTrue(e.getMessage().startsWith("Nothing to commit"), e.getMessage());
        }
    }

    @Test
    void aCommitWithoutMessageOrAuthorIsRefusedWithAReason() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            Path post = f.write("posts/a.md", POST);
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            assertThrows(
                    GitException.class, () -> repo.commit(new CommitRequest(List.of(post), List.of(), " ", GRACE)));
            assertThrows(
                    GitException.class,
                    () -> repo.commit(
                            new CommitRequest(List.of(post), List.of(), "post: a", new GitIdentity("Grace", ""))));
            assertEquals(null, f.git.getRepository().resolve("HEAD"), "nothing was committed");
        }
    }

    @Test
    void identityIsMissingWhenNeitherConfigHasIt() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            unsetUser(f);
            GitRepo repo = GitRepo.open(f.dir, Config::new).orElseThrow();
            assertEquals(Optional.empty(), repo.identity());
        }
    }

    @Test
    void identityComesFromTheUserConfigWhenTheRepositoryHasNone() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            unsetUser(f);
            Config user = new Config();
            user.setString("user", null, "name", "Grace Hopper");
            user.setString("user", null, "email", "grace@example.org");
            assertEquals(
                    Optional.of(GRACE),
                    GitRepo.open(f.dir, () -> user).orElseThrow().identity());
            setUser(f);
            assertEquals(
                    Optional.of(new GitIdentity("Ada Writer", "ada@example.org")),
                    GitRepo.open(f.dir, () -> user).orElseThrow().identity(),
                    "the repository's own config wins over the user's");
        }
    }

    @Test
    void aStoredIdentityIsWrittenToTheRepositoryConfig() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            unsetUser(f);
            GitRepo repo = GitRepo.open(f.dir, Config::new).orElseThrow();
            repo.storeIdentity(GRACE);
            assertEquals(Optional.of(GRACE), repo.identity());
            assertEquals(
                    Optional.of(GRACE),
                    GitRepo.open(f.dir, Config::new).orElseThrow().identity());
            assertThrows(GitException.class, () -> repo.storeIdentity(new GitIdentity("", "x@example.org")));
        }
    }

    private static void unsetUser(GitFixture f) throws IOException {
        StoredConfig c = f.git.getRepository().getConfig();
        c.unsetSection("user", null);
        c.save();
    }

    private static void setUser(GitFixture f) throws IOException {
        StoredConfig c = f.git.getRepository().getConfig();
        c.setString("user", null, "name", "Ada Writer");
        c.setString("user", null, "email", "ada@example.org");
        c.save();
    }

    static RevCommit headCommit(Repository repo) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(repo.resolve("HEAD"));
        }
    }

    /** The repository paths a commit changed against its parent. */
    static Set<String> changedIn(Repository repo, RevCommit commit) throws IOException {
        try (RevWalk walk = new RevWalk(repo);
                ObjectReader reader = repo.newObjectReader()) {
            RevCommit parent = walk.parseCommit(commit.getParent(0));
            CanonicalTreeParser a = new CanonicalTreeParser(null, reader, parent.getTree());
            CanonicalTreeParser b = new CanonicalTreeParser(
                    null, reader, walk.parseCommit(commit).getTree());
            Set<String> paths = new TreeSet<>();
            TreeWalk tw = new TreeWalk(repo, reader);
            tw.addTree(a);
            tw.addTree(b);
            tw.setRecursive(true);
            for (DiffEntry d : DiffEntry.scan(tw)) {
                paths.add(d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath());
            }
            return paths;
        }
    }
}
