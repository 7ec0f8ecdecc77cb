package dev.postwright.badinput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 "bad input never loses data and never hangs": each hostile file is generated in an AstroPaper site,
 * then {@code check}, {@code get} and (where it makes sense) {@code set} run on it; the file's bytes must be
 * unchanged afterwards, no command may print a stack trace, and each names the file.
 */
class BadInputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String FM = "---\ntitle: Hello there\npubDatetime: 2024-01-05\n"
            + "description: A description that is comfortably longer than fifty characters, okay.\n"
            + "tags: [notes]\n---\n";

    @TempDir
    Path tmp;

    Path root;
    Path blog;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void site() throws IOException {
        root = tmp.resolve("site");
        blog = Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        Files.createDirectories(root.resolve("public"));
    }

    private Run cli(String... args) {
        return assertTimeoutPreemptively(
                HANG_GUARD,
                () -> {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    int code = Cli.run(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
                    Run r = new Run(code, out.toString(), err.toString());
                    assertFalse(
                            r.all().contains("\tat ") || r.all().contains("Exception"),
                            "no stack trace or exception name for " + Arrays.toString(args) + ":\n" + r.all());
                    return r;
                },
                () -> "hang guard: " + Arrays.toString(args));
    }

    private Path post(String name, byte[] bytes) throws IOException {
        Path p = blog.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path post(String name, String text) throws IOException {
        return post(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs check and get (and set when asked), asserting after each that the bytes did not change. */
    private Run[] checkGetSet(Path file, boolean set) throws IOException {
        byte[] before = Files.readAllBytes(file);
        Run check = cli("check", file.toString());
        assertArrayEquals(before, Files.readAllBytes(file), "check changed the file");
        Run get = cli("get", file.toString());
        assertArrayEquals(before, Files.readAllBytes(file), "get changed the file");
        Run s = null;
        if (set) {
            s = cli("set", file.toString(), "title=Changed by set");
            assertArrayEquals(before, Files.readAllBytes(file), "set changed the file: " + s.all());
            assertTrue(s.code() == 1 || s.code() == 2, "set must refuse (1 refused, 2 unreadable): " + s.all());
            assertTrue(s.err().contains(file.getFileName().toString()), "set names the file: " + s.err());
        }
        return new Run[] {check, get, s};
    }

    private static void assertNames(Run r, String name) {
        assertTrue(r.all().contains(name), "names " + name + ": " + r.all());
    }

    @Test
    void invalidUtf8SuggestsWindows1252() throws IOException {
        byte[] bytes = (FM + "Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        Path f = post("latin1.md", bytes);
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code(), r[0].all());
        assertNames(r[0], "latin1.md");
        assertTrue(r[0].all().contains("file.unreadable") && r[0].all().contains("Windows-1252"), r[0].all());
        assertEquals(2, r[1].code());
        assertTrue(r[1].err().contains("latin1.md") && r[1].err().contains("Windows-1252"), r[1].err());
        assertTrue(r[2].err().contains("Windows-1252"), r[2].err());
    }

    @Test
    void utf16WithBomReadsFine() throws IOException {
        byte[] body = FM.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path f = post("utf16.md", bytes);
        Run[] r = checkGetSet(f, false);
        assertEquals(0, r[0].code(), r[0].all());
        assertEquals(0, r[1].code(), r[1].all());
        assertTrue(r[1].out().contains("\"title\":\"Hello there\""), r[1].out());
        Run set = cli("set", f.toString(), "title=Hallo");
        assertEquals(0, set.code(), set.all());
        byte[] after = Files.readAllBytes(f);
        assertEquals((byte) 0xFF, after[0]);
        assertEquals((byte) 0xFE, after[1]);
        String text = new String(after, 2, after.length - 2, StandardCharsets.UTF_16LE);
        assertEquals(FM.replace("Hello there", "Hallo"), text);
    }

    @Test
    void binaryFileNamedMd() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path f = post("image.md", png);
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code());
        assertNames(r[0], "image.md");
        assertTrue(r[0].all().contains("binary"), r[0].all());
        assertEquals(2, r[1].code());
        assertTrue(r[1].err().contains("image.md") && r[1].err().contains("binary"), r[1].err());
    }

    @Test
    void emptyFileIsMissingFrontmatter() throws IOException {
        Path f = post("empty.md", new byte[0]);
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code(), r[0].all());
        assertTrue(r[0].out().contains("empty.md") && r[0].out().contains("frontmatter.missing"), r[0].all());
        assertEquals(1, r[1].code());
        assertTrue(r[1].err().contains("empty.md") && r[1].err().contains("frontmatter.missing"), r[1].err());
    }

    @Test
    void twentyMegabytesIsReadOnly() throws IOException {
        StringBuilder sb = new StringBuilder(FM);
        String para = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(10) + "\n\n";
        while (sb.length() < 20 * 1024 * 1024) {
            sb.append(para);
        }
        Path f = post("huge.md", sb.toString());
        Run[] r = checkGetSet(f, true);
        // check validates it like any post (the read-only limit is for editing); set refuses
        assertEquals(0, r[0].code(), r[0].all());
        assertEquals(0, r[1].code(), r[1].err());
        assertEquals(1, r[2].code());
        assertTrue(r[2].err().contains("read-only") && r[2].err().contains("huge.md"), r[2].err());
    }

    @Test
    void oneMegabyteLine() throws IOException {
        Path f = post("longline.md", FM + "word ".repeat(210_000) + "\n");
        Run[] r = checkGetSet(f, false);
        assertEquals(0, r[0].code(), r[0].all());
        assertEquals(0, r[1].code(), r[1].all());
    }

    @Test
    void unterminatedFrontmatter() throws IOException {
        Path f = post("open.md", "---\ntitle: Hello\ndescription: never closed\n\nBody text.\n");
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code());
        assertTrue(r[0].out().contains("open.md") && r[0].out().contains("frontmatter.unterminated"), r[0].all());
        assertEquals(1, r[1].code());
        assertTrue(r[1].err().contains("frontmatter.unterminated"), r[1].err());
    }

    @Test
    void tabsInYamlIndentation() throws IOException {
        Path f = post("tabs.md", "---\ntitle: Hello there\nmeta:\n\tnested: yes\n---\nBody\n");
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code(), r[0].all());
        assertTrue(r[0].out().contains("tabs.md:") && r[0].out().contains("yaml.syntax"), r[0].all());
        assertEquals(1, r[1].code());
    }

    @Test
    void duplicateKeysNameTheLine() throws IOException {
        Path f = post("dup.md", FM.replace("tags: [notes]\n", "tags: [notes]\ntitle: Again\n"));
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code());
        assertTrue(r[0].out().contains("dup.md:6:") && r[0].out().contains("yaml.syntax"), r[0].all());
        assertTrue(r[1].err().contains("dup.md:6:") && r[1].err().contains("yaml.syntax"), r[1].err());
    }

    @Test
    void billionLaughs() throws IOException {
        StringBuilder y =
                new StringBuilder("---\ntitle: Hello\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            y.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        Path f = post("lol.md", y.append("---\nBody\n").toString());
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code(), r[0].all());
        assertTrue(
                r[0].out().contains("lol.md")
                        && r[0].out().contains("yaml.syntax")
                        && r[0].out().contains("aliases"),
                r[0].all());
        assertTrue(r[1].code() >= 1, r[1].all());
        assertNames(r[1], "lol.md");
    }

    @Test
    void tenThousandDeepFlowNesting() throws IOException {
        Path f = post(
                "deepflow.md", "---\ntitle: Hello\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\nBody\n");
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code(), r[0].all());
        assertTrue(r[0].out().contains("deepflow.md") && r[0].out().contains("yaml.syntax"), r[0].all());
        assertTrue(r[1].err().contains("deepflow.md") && r[1].err().contains("nests deeper"), r[1].err());
    }

    @Test
    void tenThousandDeepBlockNesting() throws IOException {
        Path f = post("deepblock.md", "---\ntitle: Hello\nx:\n  " + "- ".repeat(10_000) + "leaf\n---\nBody\n");
        Run[] r = checkGetSet(f, true);
        assertEquals(1, r[0].code(), r[0].all());
        assertTrue(r[0].out().contains("deepblock.md") && r[0].out().contains("yaml.syntax"), r[0].all());
        assertTrue(r[1].err().contains("deepblock.md") && r[1].err().contains("nests deeper"), r[1].err());
    }

    @Test
    void hundredThousandTags() throws IOException {
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < 100_000; i++) {
            tags.append(i > 0 ? ", " : "").append("tag").append(i);
        }
        Path f = post("manytags.md", FM.replace("tags: [notes]", "tags: " + tags + "]"));
        Run[] r = checkGetSet(f, false);
        assertTrue(r[0].code() <= 1, r[0].all());
        assertEquals(0, r[1].code(), r[1].err());
        assertTrue(r[1].out().contains("\"tag99999\""));
    }

    @Test
    void customJavaTagIsNeverConstructed() throws IOException {
        Path victim = tmp.resolve("constructed-by-yaml");
        Path f = post(
                "tag.md",
                FM.replace(
                        "tags: [notes]\n",
                        "tags: [notes]\nx: !!java/object:java.io.FileOutputStream ["
                                + victim
                                + "]\ny: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                                + "[\"file:///nonexistent/\"]]]]\n"));
        Run[] r = checkGetSet(f, false);
        assertTrue(r[0].code() <= 1, r[0].all());
        assertNames(r[0], "tag.md");
        assertFalse(Files.exists(victim), "a YAML tag constructed a Java object");
    }

    @Test
    void markdownThatIsSlowForNaiveParsers() throws IOException {
        String body = "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n\n" + "*".repeat(50_000) + "\n\n"
                + "*a **b* c** ".repeat(20_000) + "\n\n" + "![".repeat(5_000) + "\n\n" + "<".repeat(20_000) + "\n";
        Path f = post("slowmd.md", FM + body);
        Run[] r = checkGetSet(f, false);
        assertTrue(r[0].code() <= 1, r[0].all());
        assertEquals(0, r[1].code(), r[1].all());
    }

    @Test
    void readOnlyFileIsRefused() throws IOException {
        Path f = post("ro.md", FM);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        Assumptions.assumeFalse(Files.isWritable(f), "running as root: a read-only file is still writable");
        Run[] r = checkGetSet(f, true);
        assertEquals(0, r[0].code(), r[0].all());
        assertTrue(r[2].err().contains("read-only") && r[2].err().contains("ro.md"), r[2].err());
    }

    @Test
    void folderWithoutWritePermissionIsRefused() throws IOException {
        Path f = post("locked/p.md", FM);
        Path dir = f.getParent();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(dir), "running as root: the folder is still writable");
            Run[] r = checkGetSet(f, true);
            assertEquals(0, r[0].code(), r[0].all());
            assertTrue(r[2].err().contains("no permission to write in its folder"), r[2].err());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void spacesAndNonAsciiInThePath() throws IOException {
        Path f = post("Über Café/é b.md", FM);
        Run[] r = checkGetSet(f, false);
        assertEquals(0, r[0].code(), r[0].all());
        assertEquals(0, r[1].code(), r[1].all());
        Run set = cli("set", f.toString(), "title=Neu");
        assertEquals(0, set.code(), set.all());
        assertEquals(FM.replace("Hello there", "Neu"), Files.readString(f));
    }

    @Test
    void symlinkedPostIsFollowedAndWrittenThrough() throws IOException {
        Path target = tmp.resolve("elsewhere/real.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, FM);
        Path link = Files.createSymbolicLink(blog.resolve("linked.md"), target);
        Run[] r = checkGetSet(link, false);
        assertEquals(0, r[0].code(), r[0].all());
        assertEquals(0, r[1].code(), r[1].all());
        Run set = cli("set", link.toString(), "title=Through the link");
        assertEquals(0, set.code(), set.all());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals(FM.replace("Hello there", "Through the link"), Files.readString(target));
    }

    @Test
    void postOutsideTheSiteRoot() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Path f = other.resolve("x.md");
        Files.writeString(f, FM);
        byte[] before = Files.readAllBytes(f);
        Run check = cli("check", f.toString());
        // a file with no site around it is checked as a lone file
        assertEquals(0, check.code(), check.all());
        assertTrue(check.out().contains("1 file checked"), check.all());
        Run broken = cli(
                "check",
                Files.writeString(other.resolve("y.md"), "---\ntitle: [\n---\n").toString());
        assertEquals(1, broken.code(), broken.all());
        assertTrue(broken.out().contains("y.md") && broken.out().contains("yaml.syntax"), broken.all());
        Run mixed = cli("check", root.toString(), f.toString());
        assertEquals(2, mixed.code(), mixed.all());
        assertTrue(mixed.err().contains("outside the site"), mixed.err());
        assertArrayEquals(before, Files.readAllBytes(f));
    }
}
