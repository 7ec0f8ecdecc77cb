package dev.postwright.post;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue #18 items 1, 5 and 11 at the file level: special files, size cap, content check, owner, backups. */
class HostileFileTest {

    @TempDir
    Path tmp;

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    }

    @Test
    @Timeout(10)
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = tmp.resolve("post.md");
        mkfifo(fifo);
        PostReadException e = assertThrows(PostReadException.class, () -> PostFile.read(fifo));
        assertTrue(e.getMessage().contains("named pipe"), e.getMessage());
        assertTrue(e.getMessage().contains("post.md"), e.getMessage());
        assertTrue(PostFile.fingerprintNow(fifo).isEmpty());
        assertThrows(PostReadException.class, () -> PostFile.readAsWindows1252(fifo));
    }

    @Test
    @Timeout(10)
    void aLinkToDevZeroIsRefused() throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(tmp.resolve("post.md"), zero);
        PostReadException e = assertThrows(PostReadException.class, () -> PostFile.read(link));
        assertTrue(e.getMessage().contains("character device"), e.getMessage());
    }

    @Test
    void aFileOverTheReadCapIsRefusedAndOneUnderItReads() throws Exception {
        Path big = tmp.resolve("big.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(PostFile.MAX_READ_SIZE + 1); // sparse: no disk used
        }
        PostReadException e = assertThrows(PostReadException.class, () -> PostFile.read(big));
        assertTrue(e.getMessage().contains("larger than 32 MB"), e.getMessage());
        Path ok = tmp.resolve("ok.md");
        Files.writeString(ok, "---\ntitle: x\n---\n");
        assertEquals("---\ntitle: x\n---\n", PostFile.read(ok).text());
    }

    @Test
    void aWriteRefusesWhenTheFileChangedSinceItWasRead() throws Exception {
        Path post = tmp.resolve("post.md");
        Files.writeString(post, "one\n");
        LoadedText read = PostFile.read(post);
        Files.writeString(post, "one\ntwo, by someone else\n");
        PostConflictException e = assertThrows(
                PostConflictException.class,
                () -> PostFile.writeAtomic(
                        post, "mine\n", false, StandardCharsets.UTF_8, null, null, read.fingerprint()));
        assertTrue(e.getMessage().contains("another program changed it"), e.getMessage());
        assertEquals("one\ntwo, by someone else\n", Files.readString(post));

        LoadedText again = PostFile.read(post);
        PostFile.writeAtomic(post, "mine\n", false, StandardCharsets.UTF_8, null, null, again.fingerprint());
        assertEquals("mine\n", Files.readString(post));
    }

    @Test
    void aWriteRefusesWhenTheFileWasDeletedOrReplacedByABinary() throws Exception {
        Path post = tmp.resolve("post.md");
        Files.writeString(post, "one\n");
        String fp = PostFile.read(post).fingerprint();
        Files.delete(post);
        assertThrows(
                PostConflictException.class,
                () -> PostFile.writeAtomic(post, "mine\n", false, StandardCharsets.UTF_8, null, null, fp));
        assertTrue(Files.notExists(post));
        byte[] binary = {0, 1, 2, (byte) 0xFF, 0};
        Files.write(post, binary);
        assertThrows(
                PostConflictException.class,
                () -> PostFile.writeAtomic(post, "mine\n", false, StandardCharsets.UTF_8, null, null, PostFile.ABSENT));
        assertArrayEquals(binary, Files.readAllBytes(post));
    }

    @Test
    void ownerAndGroupAreKeptWhenTheWriterMayKeepThem() throws Exception {
        Path post = tmp.resolve("post.md");
        Files.writeString(post, "one\n");
        PosixFileAttributeView view = Files.getFileAttributeView(post, PosixFileAttributeView.class);
        Assumptions.assumeTrue(view != null, "no POSIX attributes here");
        UserPrincipalLookupService lookup = post.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody;
        GroupPrincipal group;
        try {
            nobody = lookup.lookupPrincipalByName("nobody");
            group = lookup.lookupPrincipalByGroupName(groupOfNobody());
        } catch (UserPrincipalNotFoundException | UnsupportedOperationException e) {
            Assumptions.abort("no user nobody: " + e.getMessage());
            return;
        }
        try {
            view.setOwner(nobody);
            view.setGroup(group);
        } catch (IOException e) {
            Assumptions.abort("not root, cannot give the file away: " + e.getMessage());
        }
        LoadedText read = PostFile.read(post);
        PostFile.writeAtomic(post, "two\n", false, StandardCharsets.UTF_8, null, null, read.fingerprint());
        PosixFileAttributes after = Files.readAttributes(post, PosixFileAttributes.class);
        assertEquals("two\n", Files.readString(post));
        assertEquals(nobody, after.owner());
        assertEquals(group, after.group());
    }

    private static String groupOfNobody() throws IOException {
        for (String line : Files.readAllLines(Path.of("/etc/group"))) {
            String[] f = line.split(":");
            if (f.length > 0 && (f[0].equals("nogroup") || f[0].equals("nobody"))) {
                return f[0];
            }
        }
        throw new UserPrincipalNotFoundException("nogroup");
    }

    @Test
    void backupsKeepTheLastFewVersionsBoundedByCountAndSize() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path post = site.resolve("post.md");
        Backups backups = new Backups(tmp.resolve("data"), 3, 1_000);
        Files.writeString(post, "v0\n");
        for (int v = 1; v <= 5; v++) {
            LoadedText read = PostFile.read(post);
            PostFile.writeAtomic(
                    post, "v" + v + "\n", false, StandardCharsets.UTF_8, backups, site, read.fingerprint());
        }
        List<Path> versions = backups.versionsOf(site, post);
        assertEquals(
                List.of("v4\n", "v3\n", "v2\n"),
                versions.stream().map(HostileFileTest::read).toList());

        // Saving the same version again keeps the list as it is.
        PostFile.writeAtomic(post, "v5\n", false, StandardCharsets.UTF_8, backups, site, (String) null);
        assertEquals(
                List.of("v5\n", "v4\n", "v3\n"),
                backups.versionsOf(site, post).stream()
                        .map(HostileFileTest::read)
                        .toList());
        PostFile.writeAtomic(post, "v5\n", false, StandardCharsets.UTF_8, backups, site, (String) null);
        assertEquals(3, backups.versionsOf(site, post).size());

        // Over the size bound, older versions go first; the newest always stays.
        Files.writeString(post, "x".repeat(999));
        PostFile.writeAtomic(post, "y\n", false, StandardCharsets.UTF_8, backups, site, (String) null);
        assertEquals(
                List.of("x".repeat(999)),
                backups.versionsOf(site, post).stream()
                        .map(HostileFileTest::read)
                        .toList());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
