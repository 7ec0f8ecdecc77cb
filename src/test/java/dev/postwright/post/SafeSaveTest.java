package dev.postwright.post;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSaveTest {

    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path root = tmp.resolve("site");
        Files.createDirectories(root.resolve("src/data/blog"));
        return root;
    }

    @Test
    void previousVersionIsKeptUntilTheNextSave() throws Exception {
        Path root = site();
        Path post = root.resolve("src/data/blog/a.md");
        Files.writeString(post, "v1");
        Backups backups = new Backups(tmp.resolve("data"));
        assertEquals(Optional.empty(), backups.backupOf(root, post));
        PostFile.writeAtomic(post, "v2", false, StandardCharsets.UTF_8, backups, root);
        Path bak = backups.backupOf(root, post).orElseThrow();
        assertEquals("v1", Files.readString(bak));
        assertTrue(bak.toString().endsWith("src/data/blog/a.md.bak"), bak.toString());
        assertTrue(bak.startsWith(tmp.resolve("data/backups")));
        PostFile.writeAtomic(post, "v3", false, StandardCharsets.UTF_8, backups, root);
        assertEquals("v2", Files.readString(bak));
        assertEquals("v3", Files.readString(post));
    }

    @Test
    void newFileHasNoBackupAndLoneFilesDoNotShareSlots() throws Exception {
        Backups backups = new Backups(tmp.resolve("data"));
        Path a = tmp.resolve("x/post.md");
        Path b = tmp.resolve("y/post.md");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        PostFile.writeAtomic(a, "new", false, StandardCharsets.UTF_8, backups, null);
        assertTrue(backups.backupOf(null, a).isEmpty());
        Files.writeString(b, "b1");
        PostFile.writeAtomic(a, "a2", false, StandardCharsets.UTF_8, backups, null);
        PostFile.writeAtomic(b, "b2", false, StandardCharsets.UTF_8, backups, null);
        assertEquals("new", Files.readString(backups.backupOf(null, a).orElseThrow()));
        assertEquals("b1", Files.readString(backups.backupOf(null, b).orElseThrow()));
    }

    @Test
    void fullDiskLeavesTheOriginalAndSaysSo() throws Exception {
        Path post = tmp.resolve("a.md");
        Files.writeString(post, "original");
        PostFile.TempWriter full = (ch, bytes) -> {
            ch.write(ByteBuffer.wrap(bytes, 0, 3));
            throw new IOException("No space left on device");
        };
        PostWriteException e = assertThrows(
                PostWriteException.class,
                () -> PostFile.writeAtomic(post, "new text", false, StandardCharsets.UTF_8, null, null, full));
        assertTrue(e.getMessage().contains("disk is full") && e.getMessage().contains("a.md"), e.getMessage());
        assertEquals("original", Files.readString(post));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void goneFolderSaysSo() {
        Path post = tmp.resolve("deleted/a.md");
        PostWriteException e = assertThrows(
                PostWriteException.class, () -> PostFile.writeAtomic(post, "x", false, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("no longer exists") && e.getMessage().contains("Save As"), e.getMessage());
    }

    @Test
    void symlinkIsWrittenThroughAndKept() throws Exception {
        Path target = tmp.resolve("real.md");
        Files.writeString(target, "one");
        Path link = Files.createSymbolicLink(tmp.resolve("link.md"), target);
        PostFile.writeAtomic(link, "two", false, StandardCharsets.UTF_8);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("two", Files.readString(target));
    }

    @Test
    void permissionsSurviveASave() throws Exception {
        Path post = tmp.resolve("p.md");
        Files.writeString(post, "x");
        Assumptions.assumeTrue(Files.getFileAttributeView(post, PosixFileAttributeView.class) != null, "POSIX only");
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-r-----"));
        PostFile.writeAtomic(post, "y", false, StandardCharsets.UTF_8, new Backups(tmp.resolve("d")), tmp);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(post)));
    }

    @Test
    void readOnlyFileAndFolderSaySoWhenPermissionsAreEnforced() throws Exception {
        Path post = tmp.resolve("ro.md");
        Files.writeString(post, "x");
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("r--r--r--"));
        if (!Files.isWritable(post)) {
            PostWriteException e = assertThrows(
                    PostWriteException.class, () -> PostFile.writeAtomic(post, "y", false, StandardCharsets.UTF_8));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        Path dir = Files.createDirectories(tmp.resolve("locked"));
        Path inLocked = dir.resolve("a.md");
        Files.writeString(inLocked, "x");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(dir), "permissions not enforced (running as root)");
            PostWriteException e = assertThrows(
                    PostWriteException.class, () -> PostFile.writeAtomic(inLocked, "y", false, StandardCharsets.UTF_8));
            assertTrue(e.getMessage().contains("no permission to write in its folder"), e.getMessage());
            assertArrayEquals("x".getBytes(), Files.readAllBytes(inLocked));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void unwritableDataFolderRefusesTheSave() throws Exception {
        Path post = tmp.resolve("a.md");
        Files.writeString(post, "keep me");
        Path notADir = tmp.resolve("data");
        Files.writeString(notADir, "a file where the data folder should be");
        PostWriteException e = assertThrows(
                PostWriteException.class,
                () -> PostFile.writeAtomic(post, "new", false, StandardCharsets.UTF_8, new Backups(notADir), tmp));
        assertTrue(e.getMessage().contains("backup"), e.getMessage());
        assertEquals("keep me", Files.readString(post));
    }

    @Test
    void tempFileNamesAreRecognised() {
        assertTrue(PostFile.isTempFileName(".a.md.123456.tmp"));
        assertFalse(PostFile.isTempFileName("a.md"));
    }

    @Test
    void externalChangeDecisions() {
        assertEquals(ExternalChange.Decision.NONE, ExternalChange.decide(Optional.of("a"), "a", true));
        assertEquals(ExternalChange.Decision.RELOAD, ExternalChange.decide(Optional.of("b"), "a", false));
        assertEquals(ExternalChange.Decision.CONFLICT, ExternalChange.decide(Optional.of("b"), "a", true));
        assertEquals(ExternalChange.Decision.DELETED, ExternalChange.decide(Optional.empty(), "a", false));
        assertEquals(ExternalChange.Decision.DELETED, ExternalChange.decide(Optional.empty(), "a", true));
    }
}
