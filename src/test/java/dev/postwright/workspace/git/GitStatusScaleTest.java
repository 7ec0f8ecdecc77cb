package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status()} on a site of 1,000 committed posts, as the window runs it after every save: only the changed
 * files are listed. (Measured by hand on the shared 2-core machine at load
 * average 26: 15–63 ms warm; no time bound here, the machine is shared.)
 */
class GitStatusScaleTest {

    @TempDir
    Path tmp;

    @Test
    void aThousandPostSiteListsOnlyWhatChanged() throws Exception {
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            for (int i = 0; i < 1000; i++) {
                f.write(
                        "src/data/blog/post-" + i + ".md",
                        "---\ntitle: Post " + i + "\n---\n\n" + "A paragraph about bread. ".repeat(40) + "\n");
            }
            f.commitAll("a thousand posts");
            f.write("src/data/blog/post-500.md", "---\ntitle: Post 500, edited\n---\n\nNew text.\n");
            f.write("src/data/blog/post-1000.md", "---\ntitle: Post 1000\n---\n\nNew post.\n");
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();

            GitStatus s = repo.status();
            assertEquals(
                    Map.of(
                            Path.of("src/data/blog/post-500.md"), GitFileState.MODIFIED,
                            Path.of("src/data/blog/post-1000.md"), GitFileState.NEW),
                    s.files());
        }
    }
}
