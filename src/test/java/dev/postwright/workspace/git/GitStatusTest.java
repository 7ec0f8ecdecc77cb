package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.MergeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitStatusTest {

    @TempDir
    Path tmp;

    private static final String POST = "---\ntitle: Sourdough starter\n---\n\nFlour and water.\n";

    @Test
    void aFolderOutsideGitHasNoRepository() throws Exception {
        Files.writeString(tmp.resolve("a.md"), POST);
        assertTrue(GitRepo.open(tmp).isEmpty());
    }

    @Test
    void everyWorkingTreeStateIsMapped() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/same.md", POST);
            f.write("posts/edited.md", POST);
            f.write("posts/staged.md", POST);
            f.write("posts/gone.md", POST);
            f.write(".gitignore", "drafts/\n*.tmp\n");
            f.commitAll("first");

            f.write("posts/edited.md", POST + "More.\n");
            f.write("posts/staged.md", POST + "Staged.\n");
            f.add("posts/staged.md");
            f.write("posts/untracked.md", POST);
            f.write("posts/added.md", POST);
            f.add("posts/added.md");
            f.write("drafts/idea.md", POST);
            f.write("posts/scratch.tmp", "x");
            Files.delete(f.dir.resolve("posts/gone.md"));

            GitStatus s = GitRepo.open(f.dir).orElseThrow().status();
            assertEquals(GitFileState.UNMODIFIED, s.state(Path.of("posts/same.md")));
            assertEquals(GitFileState.MODIFIED, s.state(Path.of("posts/edited.md")));
            assertEquals(GitFileState.STAGED, s.state(Path.of("posts/staged.md")));
            assertEquals(GitFileState.NEW, s.state(Path.of("posts/untracked.md")));
            assertEquals(GitFileState.ADDED, s.state(Path.of("posts/added.md")));
            assertEquals(GitFileState.IGNORED, s.state(Path.of("drafts/idea.md")));
            assertEquals(GitFileState.IGNORED, s.state(Path.of("posts/scratch.tmp")));
            assertEquals(GitFileState.DELETED, s.state(Path.of("posts/gone.md")));
            assertFalse(s.files().containsKey(Path.of("posts/same.md")), "unmodified files are not listed");
            assertEquals(Optional.of("main"), s.branch());
            assertTrue(s.upstream().isEmpty());
        }
    }

    @Test
    void aStagedFileEditedAgainIsModified() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            f.commitAll("first");
            f.write("posts/a.md", POST + "Staged.\n");
            f.add("posts/a.md");
            f.write("posts/a.md", POST + "Staged, then edited.\n");
            GitStatus s = GitRepo.open(f.dir).orElseThrow().status();
            assertEquals(GitFileState.MODIFIED, s.state(Path.of("posts/a.md")));
        }
    }

    @Test
    void aConflictingMergeLeavesThePostConflicted() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            f.commitAll("first");
            f.git.branchCreate().setName("other").call();
            f.write("posts/a.md", POST.replace("Flour", "Rye flour"));
            f.commitAll("rye on main");
            f.git.checkout().setName("other").call();
            f.write("posts/a.md", POST.replace("Flour", "Spelt flour"));
            f.commitAll("spelt on other");
            f.git.checkout().setName("main").call();
            MergeResult merge = f.git.merge()
                    .include(f.git.getRepository().resolve("other"))
                    .call();
            assertEquals(MergeResult.MergeStatus.CONFLICTING, merge.getMergeStatus());

            GitStatus s = GitRepo.open(f.dir).orElseThrow().status();
            assertEquals(GitFileState.CONFLICTED, s.state(Path.of("posts/a.md")));
        }
    }

    @Test
    void aSiteInASubfolderSeesOnlyItsOwnFilesRelativeToItself() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("repo"))) {
            f.write("blog/posts/a.md", POST);
            f.write("notes/todo.md", "x");
            f.commitAll("first");
            f.write("blog/posts/a.md", POST + "More.\n");
            f.write("notes/todo.md", "y");
            f.write("blog/posts/b.md", POST);

            GitRepo repo = GitRepo.open(f.dir.resolve("blog")).orElseThrow();
            GitStatus s = repo.status();
            assertEquals(GitFileState.MODIFIED, s.state(Path.of("posts/a.md")));
            assertEquals(GitFileState.NEW, s.state(Path.of("posts/b.md")));
            assertEquals(2, s.files().size(), "the change outside the site is not reported: " + s.files());
            assertEquals(f.dir.toRealPath(), repo.workTree());
        }
    }

    @Test
    void aheadAndBehindComeFromTheLastFetch() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.addBareOrigin(tmp.resolve("remote.git"));
            f.write("posts/a.md", POST);
            f.commitAll("first");
            f.git.push().setRemote("origin").add("main").call();
            f.track("main");
            f.write("posts/b.md", POST);
            f.commitAll("second");
            f.write("posts/c.md", POST);
            f.commitAll("third");

            GitStatus s = GitRepo.open(f.dir).orElseThrow().status();
            assertEquals(Optional.of("origin/main"), s.upstream());
            assertEquals(2, s.ahead());
            assertEquals(0, s.behind());
            assertEquals("main ↑2", s.summary());
        }
    }

    @Test
    void aDetachedHeadHasNoBranch() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            String first = f.commitAll("first").name();
            f.write("posts/b.md", POST);
            f.commitAll("second");
            f.git.checkout().setName(first).call();

            GitStatus s = GitRepo.open(f.dir).orElseThrow().status();
            assertTrue(s.detached());
            assertEquals("detached at " + first.substring(0, 7), s.summary());
        }
    }

    @Test
    void aRepositoryWithoutCommitsShowsEverythingNew() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            f.write("posts/a.md", POST);
            GitStatus s = GitRepo.open(f.dir).orElseThrow().status();
            assertEquals(GitFileState.NEW, s.state(Path.of("posts/a.md")));
            assertTrue(s.head().isEmpty());
        }
    }
}
