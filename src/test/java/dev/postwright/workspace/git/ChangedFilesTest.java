package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedFilesTest {

    @TempDir
    Path tmp;

    private static final String POST = "---\ntitle: Sourdough starter\n---\n\nFlour and water.\n";

    @Test
    void changesSinceTheBranchLeftTheRefNotWhatTheRefDidSince() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            f.write("posts/b.md", POST);
            f.write("posts/gone.md", POST);
            f.commitAll("first");
            f.git.branchCreate().setName("feature").call();
            f.write("posts/only-on-main.md", POST);
            f.commitAll("main moves on");
            f.git.checkout().setName("feature").call();
            f.write("posts/a.md", POST + "Feature edit.\n");
            Files.delete(f.dir.resolve("posts/gone.md"));
            f.commitAll("feature edit, gone deleted");
            f.write("posts/b.md", POST + "Uncommitted.\n");
            f.write("posts/new.md", POST);
            f.write(".gitignore", "*.tmp\n");
            f.write("posts/scratch.tmp", "ignored");

            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            Path root = f.dir.toRealPath();
            assertEquals(
                    Set.of(
                            root.resolve("posts/a.md"),
                            root.resolve("posts/b.md"),
                            root.resolve("posts/new.md"),
                            root.resolve(".gitignore")),
                    repo.changedFiles(Optional.of("main")));
            assertEquals(
                    Set.of(root.resolve("posts/b.md"), root.resolve("posts/new.md"), root.resolve(".gitignore")),
                    repo.changedFiles(Optional.empty()),
                    "without an upstream the default is HEAD");
            assertEquals("HEAD", repo.defaultChangedRef());
        }
    }

    @Test
    void theDefaultRefIsTheUpstreamBranch() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.addBareOrigin(tmp.resolve("remote.git"));
            f.write("posts/a.md", POST);
            f.commitAll("first");
            f.git.push().setRemote("origin").add("main").call();
            f.track("main");
            f.write("posts/b.md", POST);
            f.commitAll("not pushed yet");

            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            assertEquals("origin/main", repo.defaultChangedRef());
            assertEquals(Set.of(f.dir.toRealPath().resolve("posts/b.md")), repo.changedFiles(Optional.empty()));
        }
    }

    @Test
    void aSiteInASubfolderSeesOnlyItsOwnChanges() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("repo"))) {
            f.write("blog/posts/a.md", POST);
            f.write("docs/readme.md", "x");
            f.commitAll("first");
            f.write("blog/posts/a.md", POST + "Edited.\n");
            f.write("docs/readme.md", "y");
            GitRepo repo = GitRepo.open(f.dir.resolve("blog")).orElseThrow();
            assertEquals(Set.of(f.dir.toRealPath().resolve("blog/posts/a.md")), repo.changedFiles(Optional.of("HEAD")));
        }
    }

    @Test
    void anUnknownRefNamesItself() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            f.commitAll("first");
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();
            GitException e = assertThrows(GitException.class, () -> repo.changedFiles(Optional.of("nope")));
            assertTrue(e.getMessage().contains("named nope"), e.getMessage());
            assertTrue(repo.hasRef("main"));
            assertTrue(!repo.hasRef("nope"));
        }
    }

    @Test
    void aRepositoryWithoutCommitsCountsEveryFile() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            assertEquals(
                    Set.of(f.dir.toRealPath().resolve("posts/a.md")),
                    GitRepo.open(f.dir).orElseThrow().changedFiles(Optional.empty()));
        }
    }
}
