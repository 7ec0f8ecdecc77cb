package dev.postwright.post;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlDialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFileTest {

    @TempDir
    Path dir;

    private static final String CRLF_POST = "---\r\ntitle: Café ☕\r\ndraft: false\r\n---\r\n\r\nBody";

    @Test
    void bomAndCrlfSurviveLoadEditSave() throws Exception {
        Path file = dir.resolve("a.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, concat(bom, CRLF_POST.getBytes(StandardCharsets.UTF_8)));
        Post post = Post.load(file, YamlDialect.YAML_1_2);
        assertTrue(post.source().bom());
        assertEquals(CRLF_POST, post.frontmatter().text());
        post.save();
        assertArrayEquals(concat(bom, CRLF_POST.getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(file));
        Post edited = post.withFrontmatter(post.frontmatter().withBoolean("draft", true));
        edited.save();
        String expected = CRLF_POST.replace("draft: false", "draft: true");
        assertArrayEquals(concat(bom, expected.getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(file));
    }

    @Test
    void utf16WithBomIsDecodedAndKept() throws Exception {
        Path file = dir.resolve("u.md");
        byte[] body = "---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_16LE);
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));
        LoadedText t = PostFile.read(file);
        assertEquals("---\ntitle: x\n---\n", t.text());
        assertEquals(StandardCharsets.UTF_16LE, t.charset());
        PostFile.writeAtomic(file, t.text(), t.bom(), t.charset());
        assertArrayEquals(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body), Files.readAllBytes(file));
    }

    @Test
    void invalidUtf8SuggestsWindows1252() throws IOException {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'t', 'i', (byte) 0xE9, 't', '\n'});
        PostReadException e = assertThrows(PostReadException.class, () -> PostFile.read(file));
        assertTrue(e.getMessage().contains("bad.md") && e.getMessage().contains("Windows-1252"), e.getMessage());
    }

    @Test
    void binaryNotFoundAndFolderAreRefused() throws IOException {
        Path bin = dir.resolve("img.md");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
        assertTrue(assertThrows(PostReadException.class, () -> PostFile.read(bin))
                .getMessage()
                .contains("binary"));
        assertTrue(assertThrows(PostReadException.class, () -> PostFile.read(dir.resolve("none.md")))
                .getMessage()
                .contains("not found"));
        assertTrue(assertThrows(PostReadException.class, () -> PostFile.read(dir))
                .getMessage()
                .contains("folder"));
    }

    @Test
    void hugeFileOpensReadOnly() throws Exception {
        Path file = dir.resolve("big.md");
        byte[] big = new byte[(int) PostFile.MAX_EDITABLE_SIZE + 10];
        Arrays.fill(big, (byte) 'a');
        Files.write(file, big);
        LoadedText t = PostFile.read(file);
        assertTrue(t.readOnly());
        assertTrue(t.readOnlyReason().orElseThrow().contains("10 MB"));
        Post post = new Post(file, t, FrontmatterDocument.parse(t.text(), YamlDialect.YAML_1_2));
        assertThrows(PostWriteException.class, post::save);
    }

    @Test
    void permissionsAreKept() throws Exception {
        Path file = dir.resolve("p.md");
        Files.writeString(file, "x");
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, perms);
        PostFile.writeAtomic(file, "y", false, StandardCharsets.UTF_8);
        assertEquals("y", Files.readString(file));
        assertEquals(perms, Files.getPosixFilePermissions(file));
    }

    @Test
    void readOnlyFolderLeavesOriginalUntouched() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("ro"));
        Path file = sub.resolve("p.md");
        Files.writeString(file, "original");
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(canCreateIn(sub), "permissions not enforced (running as root)");
            {
                PostWriteException e = assertThrows(
                        PostWriteException.class,
                        () -> PostFile.writeAtomic(file, "new", false, StandardCharsets.UTF_8));
                assertTrue(e.getMessage().contains("p.md"), e.getMessage());
                assertEquals("original", Files.readString(file));
                try (var s = Files.list(sub)) {
                    assertEquals(1, s.count(), "no temp file left behind");
                }
            }
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void missingFolderIsAClearError() {
        PostWriteException e = assertThrows(
                PostWriteException.class,
                () -> PostFile.writeAtomic(dir.resolve("gone/p.md"), "x", false, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("gone")));
    }

    /** Root ignores permission bits, so the read-only assertions only hold when a probe write fails. */
    private static boolean canCreateIn(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, "probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
