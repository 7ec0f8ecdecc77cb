package dev.postwright.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.badinput.HostileSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18 item 11: a FIFO, a link to /dev/zero or /dev/urandom, or a folder named {@code post.md} in a site:
 * {@code check} (the site and the file), {@code get}, {@code set}, {@code render} and {@code new} answer at once
 * with a message naming the file, and every other post is still checked.
 */
class SpecialFilesTest {

    private static final Duration GUARD = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    HostileSite site;
    Path neighbour;

    @BeforeEach
    void setUp() throws IOException {
        site = new HostileSite(tmp);
        neighbour = site.post("neighbour.md", HostileSite.FM + "\nA [broken](/posts/nowhere/) link.\n");
    }

    private void everyCommandAnswers(Path bad, String says) throws IOException {
        Run check = HostileSite.cli(GUARD, "check", site.root.toString());
        assertEquals(1, check.code(), check.all());
        assertTrue(check.out().contains("post.md") && check.out().contains("file.unreadable"), check.all());
        assertTrue(
                check.out().contains("neighbour.md") && check.out().contains("link.post-missing"),
                "the other posts are still checked: " + check.all());

        Run checkOne = HostileSite.cli(GUARD, "check", bad.toString());
        assertTrue(checkOne.code() != 0 && checkOne.all().contains("post.md"), checkOne.all());
        for (String[] args :
                new String[][] {{"get", bad.toString()}, {"set", bad.toString(), "title=X"}, {"render", bad.toString()}
                }) {
            Run r = HostileSite.cli(GUARD, args);
            assertTrue(r.code() != 0, args[0] + " refuses: " + r.all());
            assertTrue(r.err().contains("post.md"), args[0] + " names the file: " + r.err());
            assertTrue(
                    r.err().contains(says)
                            || args[0].equals("render") && r.err().contains("is not a file"),
                    args[0] + " says what it is: " + r.err());
        }
        Run created = HostileSite.cli(
                GUARD,
                "new",
                "--site",
                site.root.toString(),
                "--title",
                "Still fine",
                "--description",
                "A description that is comfortably longer than fifty characters, okay.");
        assertEquals(0, created.code(), created.all());
        Run set = HostileSite.cli(GUARD, "set", neighbour.toString(), "title=Neighbour still editable");
        assertEquals(0, set.code(), set.all());
        assertTrue(Files.readString(neighbour).contains("title: Neighbour still editable"));
    }

    @Test
    @Timeout(120)
    void aFifoNamedPostMd() throws Exception {
        Path fifo = site.blog.resolve("post.md");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo not available");
            return;
        }
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        everyCommandAnswers(fifo, "named pipe");
    }

    @Test
    @Timeout(120)
    void aLinkToDevZero() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(site.blog.resolve("post.md"), Path.of("/dev/zero"));
        everyCommandAnswers(link, "device");
    }

    @Test
    @Timeout(120)
    void aLinkToDevUrandom() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/urandom")));
        Path link = Files.createSymbolicLink(site.blog.resolve("post.md"), Path.of("/dev/urandom"));
        everyCommandAnswers(link, "device");
    }

    @Test
    @Timeout(120)
    void aFolderNamedPostMd() throws Exception {
        Path dir = Files.createDirectories(site.blog.resolve("post.md"));
        Files.writeString(dir.resolve("inside.txt"), "not a post\n");
        Run get = HostileSite.cli(GUARD, "get", dir.toString());
        assertTrue(get.code() != 0 && get.err().contains("is a folder"), get.all());
        Run set = HostileSite.cli(GUARD, "set", dir.toString(), "title=X");
        assertTrue(set.code() != 0 && set.err().contains("post.md"), set.all());
        Run render = HostileSite.cli(GUARD, "render", dir.toString());
        assertTrue(render.code() != 0 && render.err().contains("post.md"), render.all());
        Run check = HostileSite.cli(GUARD, "check", site.root.toString());
        assertTrue(check.out().contains("neighbour.md"), check.all());
    }
}
