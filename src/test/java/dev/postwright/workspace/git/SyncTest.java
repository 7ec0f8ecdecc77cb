package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.workspace.git.SyncResult.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetch, push and fast-forward pull against a bare repository on the file system (no network). */
class SyncTest {

    @TempDir
    Path tmp;

    private static final String POST = "---\ntitle: Sourdough starter\n---\n\nFlour and water.\n";

    /** A writer's repository with one pushed commit on main, tracking origin/main. */
    private GitFixture published() throws Exception {
        GitFixture f = GitFixture.init(tmp.resolve("site"));
        f.addBareOrigin(tmp.resolve("remote.git"));
        f.write("posts/a.md", POST);
        f.commitAll("first");
        f.git.push().setRemote("origin").add("main").call();
        f.track("main");
        return f;
    }

    /** A second writer's clone of the remote, who commits and pushes one post. */
    private void otherWriterPushes(String rel) throws Exception {
        Path other = tmp.resolve("other");
        try (Git clone = Git.cloneRepository()
                .setURI(tmp.resolve("remote.git").toUri().toString())
                .setDirectory(other.toFile())
                .call()) {
            Files.createDirectories(other.resolve(rel).getParent());
            Files.writeString(other.resolve(rel), POST.replace("Sourdough starter", "From the other writer"));
            clone.add().addFilepattern(".").call();
            clone.commit()
                    .setMessage("post: other")
                    .setAuthor("Other", "other@example.org")
                    .setCommitter("Other", "other@example.org")
                    .setSign(false)
                    .call();
            clone.push().call();
        }
    }

    private ObjectId remoteMain() throws Exception {
        try (Git bare = Git.open(tmp.resolve("remote.git").toFile())) {
            return bare.getRepository().resolve("refs/heads/main");
        }
    }

    @Test
    void pushSendsTheCommitsAndThenHasNothingToPush() throws Exception {
        try (GitFixture f = published()) {
            f.write("posts/b.md", POST);
            ObjectId head = f.commitAll("post: b").getId();
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            assertEquals(1, repo.status().ahead());

            SyncResult pushed = repo.push();
            assertEquals(Outcome.DONE, pushed.outcome(), pushed.message());
            assertEquals(head, remoteMain());
            assertEquals(0, repo.status().ahead());

            SyncResult again = repo.push();
            assertEquals(Outcome.UP_TO_DATE, again.outcome(), again.message());
            assertTrue(again.message().startsWith("Nothing to push"), again.message());
        }
    }

    @Test
    void aPushTheRemoteRejectsSaysPullFirstAndOverwritesNothing() throws Exception {
        try (GitFixture f = published()) {
            otherWriterPushes("posts/other.md");
            ObjectId theirs = remoteMain();
            f.write("posts/b.md", POST);
            f.commitAll("post: b");

            SyncResult r = GitRepo.open(f.dir).orElseThrow().push();
            assertEquals(Outcome.REJECTED, r.outcome(), r.message());
            assertTrue(r.message().contains("Pull first"), r.message());
            assertEquals(theirs, remoteMain(), "the other writer's commit is still there");
        }
    }

    @Test
    void aBranchWithoutUpstreamSaysHowAndCanBePushedWithUpstream() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.addBareOrigin(tmp.resolve("remote.git"));
            f.write("posts/a.md", POST);
            ObjectId head = f.commitAll("first").getId();
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();

            SyncResult r = repo.push();
            assertEquals(Outcome.NO_UPSTREAM, r.outcome());
            assertTrue(r.message().contains("git push -u origin main"), r.message());
            assertEquals(Outcome.NO_UPSTREAM, repo.pullFastForward().outcome());

            SyncResult withUpstream = repo.pushSettingUpstream("origin");
            assertEquals(Outcome.DONE, withUpstream.outcome(), withUpstream.message());
            assertEquals(head, remoteMain());
            assertEquals(Optional.of("origin/main"), repo.status().upstream());
            assertEquals(Outcome.UP_TO_DATE, repo.push().outcome());
        }
    }

    @Test
    void aRepositoryWithoutRemoteSaysToAddOne() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            f.commitAll("first");
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            assertTrue(
                    repo.push().message().contains("git remote add origin"),
                    repo.push().message());
            assertEquals(Outcome.NO_UPSTREAM, repo.fetch().outcome());
        }
    }

    @Test
    void fetchUpdatesBehindAndPullFastForwards() throws Exception {
        try (GitFixture f = published()) {
            otherWriterPushes("posts/other.md");
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            assertEquals(0, repo.status().behind(), "no network until asked");

            SyncResult fetched = repo.fetch();
            assertEquals(Outcome.DONE, fetched.outcome(), fetched.message());
            assertEquals(1, repo.status().behind());
            assertFalse(Files.exists(f.dir.resolve("posts/other.md")), "fetch changes no file");

            SyncResult pulled = repo.pullFastForward();
            assertEquals(Outcome.DONE, pulled.outcome(), pulled.message());
            assertTrue(Files.exists(f.dir.resolve("posts/other.md")));
            assertEquals(remoteMain(), f.git.getRepository().resolve("HEAD"));
            assertEquals(Outcome.UP_TO_DATE, repo.pullFastForward().outcome());
        }
    }

    @Test
    void aPullThatCannotFastForwardChangesNothingAndSaysSo() throws Exception {
        try (GitFixture f = published()) {
            otherWriterPushes("posts/other.md");
            f.write("posts/b.md", POST);
            ObjectId mine = f.commitAll("post: b").getId();

            SyncResult r = GitRepo.open(f.dir).orElseThrow().pullFastForward();
            assertEquals(Outcome.REJECTED, r.outcome(), r.message());
            assertTrue(r.message().contains("fast-forward"), r.message());
            Repository local = f.git.getRepository();
            assertEquals(mine, local.resolve("HEAD"), "no merge commit, no rebase");
            assertFalse(Files.exists(f.dir.resolve("posts/other.md")));
        }
    }

    @Test
    void aPullThatWouldOverwriteUncommittedEditsIsRefused() throws Exception {
        try (GitFixture f = published()) {
            otherWriterPushes("posts/a.md");
            String mine = POST + "My unsaved thoughts.\n";
            f.write("posts/a.md", mine);

            SyncResult r = GitRepo.open(f.dir).orElseThrow().pullFastForward();
            assertEquals(Outcome.FAILED, r.outcome(), r.message());
            assertTrue(r.message().contains("posts/a.md") && r.message().contains("Commit them first"), r.message());
            assertEquals(mine, Files.readString(f.dir.resolve("posts/a.md")), "nothing lost");
        }
    }

    @Test
    void anUnreachableRemoteIsOffline() throws Exception {
        try (GitFixture f = published()) {
            StoredConfig c = f.git.getRepository().getConfig();
            // port 1 on the loopback: nothing listens, the connection is refused at once
            c.setString("remote", "origin", "url", "http://127.0.0.1:1/site.git");
            c.save();
            f.write("posts/b.md", POST);
            f.commitAll("post: b");
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            SyncResult push = repo.push();
            assertEquals(Outcome.OFFLINE, push.outcome(), push.message());
            assertTrue(push.message().contains("your commits are safe"), push.message());
            assertEquals(Outcome.OFFLINE, repo.fetch().outcome());
            assertFalse(push.message().contains("Exception"), push.message());
        }
    }
}
