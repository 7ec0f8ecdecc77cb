package dev.postwright.ui.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.sitetree.GitMark;
import dev.postwright.workspace.git.GitFileState;
import dev.postwright.workspace.git.GitStatus;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitMarksTest {

    private static final Path ROOT = Path.of("site").toAbsolutePath();

    private static GitStatus status(Optional<String> upstream, int ahead, int behind, Map<Path, GitFileState> files) {
        return new GitStatus(Optional.of("main"), Optional.of("1a2b3c4"), upstream, ahead, behind, files);
    }

    @Test
    void marksAreKeyedByAbsolutePathAndCleanOrDeletedFilesHaveNone() {
        Map<Path, GitMark> marks = GitMarks.of(
                status(
                        Optional.empty(),
                        0,
                        0,
                        Map.of(
                                Path.of("src/data/blog/a.md"), GitFileState.MODIFIED,
                                Path.of("src/data/blog/b.md"), GitFileState.DELETED,
                                Path.of("src/data/blog/c.md"), GitFileState.NEW)),
                ROOT);
        assertEquals(
                Map.of(
                        ROOT.resolve("src/data/blog/a.md"), GitMark.MODIFIED,
                        ROOT.resolve("src/data/blog/c.md"), GitMark.NEW),
                marks);
        for (GitFileState s : GitFileState.values()) {
            GitMark m = GitMarks.mark(s);
            boolean shown = s != GitFileState.UNMODIFIED && s != GitFileState.DELETED;
            assertEquals(shown, m != GitMark.NONE, s.name());
            assertEquals(shown, !m.letter().isEmpty() && !m.words().isEmpty(), s.name());
        }
    }

    @Test
    void theBranchLineShowsAheadAndBehindOnlyWithAnUpstream() {
        GitStatus tracking = status(Optional.of("origin/main"), 1, 0, Map.of());
        assertEquals("main ↑1 ↓0", GitMarks.branchLine(tracking));
        assertTrue(GitMarks.branchTooltip(tracking).contains("1 commit to push, 0 commits to pull"));
        GitStatus alone = status(Optional.empty(), 0, 0, Map.of());
        assertEquals("main", GitMarks.branchLine(alone));
        assertTrue(GitMarks.branchTooltip(alone).contains("no upstream"));
        GitStatus detached = new GitStatus(Optional.empty(), Optional.of("1a2b3c4"), Optional.empty(), 0, 0, Map.of());
        assertEquals("detached at 1a2b3c4", GitMarks.branchLine(detached));
    }
}
