package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --changed [REF]} and {@code list --changed [REF]} on the sample site in a real repository. */
class ChangedCommandTest {

    private static final String NEW_POST = """
            ---
            title: Rye crispbread
            pubDatetime: 2025-06-01
            description: Thin rye crackers from the discard of the starter, baked until they snap.
            tags: [bread]
            ---

            The discard from [the starter](/posts/sourdough-starter/) makes good crackers.
            """;

    @TempDir
    Path tmp;

    private Git repoOf(Path site) throws Exception {
        Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call();
        StoredConfig c = git.getRepository().getConfig();
        c.setString("user", null, "name", "Ada Writer");
        c.setString("user", null, "email", "ada@example.org");
        c.save();
        git.add().addFilepattern(".").call();
        git.commit().setMessage("the site").setSign(false).call();
        return git;
    }

    /** The files named in the text report's problem lines. */
    private static Set<String> reported(String out) {
        Set<String> files = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^([^:\\n]+):\\d+:\\d+: ").matcher(out);
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    private static int filesChecked(String json) {
        Matcher m = Pattern.compile("\"files\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void checkChangedAgainstABranchChecksOnlyThePostsOfTheBranchAgainstTheWholeSite() throws Exception {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        try (Git git = repoOf(site)) {
            git.checkout().setCreateBranch(true).setName("rye").call();
            Files.writeString(site.resolve("src/data/blog/rye-crispbread.md"), NEW_POST + "\n![](./img/none.png)\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("post: Rye crispbread").setSign(false).call();

            CliRun all = CliRun.run("check", site.toString());
            assertTrue(reported(all.out()).size() > 1, all.out());

            CliRun run = CliRun.run("check", "--changed", "main", site.toString());
            assertEquals(Set.of("src/data/blog/rye-crispbread.md"), reported(run.out()), run.out() + run.err());
            assertTrue(run.out().contains("1 file checked"), run.out());
            // the link to another post resolves: the index of every post was built
            assertFalse(run.out().contains("link."), run.out());
            assertTrue(run.out().contains("image."), run.out());
            assertEquals(1, run.code(), "the new post's missing image is an error");
        }
    }

    @Test
    void checkChangedWithoutRefComparesWithHeadAndCountsUncommittedAndUntrackedPosts() throws Exception {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        try (Git git = repoOf(site)) {
            Path starter = site.resolve("src/data/blog/sourdough-starter.md");
            Files.writeString(starter, Files.readString(starter) + "\nOne more line, fed at night.\n");
            Files.writeString(site.resolve("src/data/blog/rye-crispbread.md"), NEW_POST);

            CliRun run = CliRun.run("check", site.toString(), "--changed", "--format", "json");
            assertEquals(2, filesChecked(run.out()), run.out() + run.err());
            assertFalse(run.out().contains("deliberate-problems.md"), run.out());

            // the site path right after --changed is taken as the path, not as a ref
            CliRun pathAfter = CliRun.run("check", "--changed", site.toString(), "--format", "json");
            assertEquals(2, filesChecked(pathAfter.out()), pathAfter.out() + pathAfter.err());
        }
    }

    @Test
    void nothingChangedChecksNothingAndSaysSo() throws Exception {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        try (Git git = repoOf(site)) {
            CliRun run = CliRun.run("check", site.toString(), "--changed");
            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("0 files checked"), run.out());
            assertTrue(run.err().contains("no changed posts since HEAD"), run.err());
        }
    }

    @Test
    void listChangedListsOnlyTheChangedPosts() throws Exception {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        try (Git git = repoOf(site)) {
            Path starter = site.resolve("src/data/blog/sourdough-starter.md");
            Files.writeString(starter, Files.readString(starter) + "\nFed at night.\n");
            CliRun run = CliRun.run("list", site.toString(), "--changed", "--format", "tsv");
            assertEquals(0, run.code(), run.err());
            Map<String, Map<String, String>> rows = ListCommandTest.tsvRows(run.out());
            assertEquals(Set.of("src/data/blog/sourdough-starter.md"), rows.keySet());
            CliRun every = CliRun.run("list", site.toString(), "--format", "tsv");
            assertEquals(11, ListCommandTest.tsvRows(every.out()).size());
        }
    }

    @Test
    void anUnknownRefIsAClearMessageAndExitTwo() throws Exception {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        try (Git git = repoOf(site)) {
            CliRun run = CliRun.run("check", "--changed", "no-such-branch", site.toString());
            assertEquals(2, run.code());
            assertTrue(run.err().contains("no branch, tag or commit named no-such-branch"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aSiteOutsideGitRefusesChangedAndRunsEverythingElseAsBefore() throws Exception {
        Path plain = TestSites.copySampleSite(tmp.resolve("plain"));
        Path inGit = TestSites.copySampleSite(tmp.resolve("in-git"));
        try (Git git = repoOf(inGit)) {
            CliRun check = CliRun.run("check", "--changed", plain.toString());
            assertEquals(2, check.code());
            assertTrue(check.err().contains("not in a git repository"), check.err());
            CliRun list = CliRun.run("list", plain.toString(), "--changed", "HEAD");
            assertEquals(2, list.code());
            assertTrue(list.err().contains("not in a git repository"), list.err());

            CliRun a = CliRun.run("check", plain.toString(), "--format", "json");
            CliRun b = CliRun.run("check", inGit.toString(), "--format", "json");
            assertEquals(a.code(), b.code());
            assertEquals(a.out().replace(plain.toString(), "ROOT"), b.out().replace(inGit.toString(), "ROOT"));
        }
    }
}
