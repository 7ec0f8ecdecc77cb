package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GetCommandTest {

    @TempDir
    Path tmp;

    private Path post(String text) throws IOException {
        Path f = tmp.resolve("post.md");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void wholeFrontmatterAsJsonInFileOrder() throws IOException {
        Path f = post("---\ntitle: \"Hello \\\"you\\\"\"\npubDatetime: 2025-01-05\ndraft: false\n"
                + "count: 3\nratio: 0x1F\nmodDatetime:\ntags: [a, b]\nemoji: \"🌉\"\n"
                + "meta:\n  nested: yes\n  list:\n    - x\n---\nbody\n");
        CliRun r = CliRun.run("get", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(
                "{\"title\":\"Hello \\\"you\\\"\",\"pubDatetime\":\"2025-01-05\",\"draft\":false,"
                        + "\"count\":3,\"ratio\":\"0x1F\",\"modDatetime\":null,\"tags\":[\"a\",\"b\"],\"emoji\":\"🌉\","
                        + "\"meta\":{\"nested\":\"yes\",\"list\":[\"x\"]}}\n",
                r.out());
    }

    @Test
    void oneFieldAsJson() throws IOException {
        Path f = post("---\ntitle: Hello\ntags:\n  - a\n  - b\nfeatured: true\n"
                + "pubDatetime: 2025-06-14T11:00:00+02:00\n---\n");
        assertEquals("\"Hello\"\n", CliRun.run("get", f.toString(), "title").out());
        assertEquals("[\"a\",\"b\"]\n", CliRun.run("get", f.toString(), "tags").out());
        assertEquals("true\n", CliRun.run("get", f.toString(), "featured").out());
        assertEquals(
                "\"2025-06-14T11:00:00+02:00\"\n",
                CliRun.run("get", f.toString(), "pubDatetime").out());
    }

    @Test
    void crlfSamplePostReadsWithEmojiUnescaped() {
        Path f = Path.of("assets/sample-site/src/data/blog/renaming-scans-with-a-script.md");
        CliRun r = CliRun.run("get", f.toString(), "emoji");
        assertEquals(0, r.code(), r.err());
        assertEquals("\"🗂️\"\n", r.out());
        CliRun all = CliRun.run("get", f.toString());
        assertTrue(
                all.out()
                        .startsWith(
                                "{\"title\":\"Renaming film scans with a small script\","
                                        + "\"pubDatetime\":\"2025-06-14T11:00:00+02:00\",\"tags\":[\"tools\",\"shell\",\"darkroom\"]"),
                all.out());
    }

    @Test
    void unknownFieldIsExitOne() throws IOException {
        Path f = post("---\ntitle: Hello\n---\n");
        CliRun r = CliRun.run("get", f.toString(), "nope");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("has no field 'nope'"), r.err());
    }

    @Test
    void missingFileIsExitTwoNamingIt() {
        Path f = tmp.resolve("gone.md");
        CliRun r = CliRun.run("get", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(f.toString()) && r.err().contains("file not found"), r.err());
    }

    @Test
    void binaryFileIsExitTwo() throws IOException {
        Path f = tmp.resolve("bin.md");
        Files.write(f, new byte[] {'-', '-', '-', 0, 1, 2});
        CliRun r = CliRun.run("get", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bin.md"), r.err());
    }

    @Test
    void brokenYamlIsExitOneWithPosition() throws IOException {
        Path f = post("---\ntitle: Hello\ntags: [a, b\n---\n");
        CliRun r = CliRun.run("get", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().matches("(?s)" + Pattern.quote(f.toString()) + ":\\d+:\\d+: yaml\\.syntax .+"), r.err());
    }
}
