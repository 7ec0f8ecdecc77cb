package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code get}, {@code set} and {@code check} on the bundled Hugo site's TOML post and on JSON posts. */
class TomlJsonCliTest {

    @TempDir
    Path tmp;

    Path site;
    Path toml;

    @BeforeEach
    void copySite() throws IOException {
        site = TestSites.copy(
                Path.of("assets/hugo-site").toAbsolutePath(), tmp.resolve("site"), StandardCopyOption.COPY_ATTRIBUTES);
        toml = site.resolve("content/posts/toml-frontmatter.md");
    }

    private Path write(String name, String text) throws IOException {
        Path f = site.resolve("content/posts").resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Line number (1-based) to new text, for each line that differs; the files must have the same length. */
    private static Map<Integer, String> changedLines(String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        assertEquals(a.size(), b.size(), after);
        Map<Integer, String> out = new TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.put(i + 1, b.get(i));
            }
        }
        return out;
    }

    @Test
    void getReadsTheTomlPost() {
        CliRun all = CliRun.run("get", toml.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().startsWith("{\"title\":\"A post with TOML front matter\",\"date\":"), all.out());
        assertEquals(
                "[\"trains\",\"planning\"]\n",
                CliRun.run("get", toml.toString(), "tags").out());
        assertEquals(
                "\"2025-03-02T08:00:00+01:00\"\n",
                CliRun.run("get", toml.toString(), "date").out());
    }

    @Test
    void setChangesOnlyTheTitleTagAndDateLinesOfTheTomlPost() throws IOException {
        String before = Files.readString(toml);
        CliRun r = CliRun.run(
                "set",
                toml.toString(),
                "title=Sleeper trains, in TOML",
                "tags=trains,planning,night",
                "date=2025-03-09T08:00:00+01:00");
        assertEquals(0, r.code(), r.err());
        String after = Files.readString(toml);
        assertEquals(
                Map.of(
                        2, "title = \"Sleeper trains, in TOML\"",
                        3, "date = 2025-03-09T08:00:00+01:00",
                        5, "tags = [\"trains\", \"planning\", \"night\"]"),
                changedLines(before, after));
        assertEquals(0, CliRun.run("check", site.toString()).code());
    }

    @Test
    void setKeepsAMultiLineArrayOnePerLineAndHugoKeysInAnyCase() throws IOException {
        Path f = write("multi.md", """
                +++
                Title = 'Case'  # Hugo reads Title as title
                date = 2025-03-02
                tags = [
                  "trains", # first
                  "night",
                ]
                +++

                Text.
                """);
        CliRun r = CliRun.run("set", f.toString(), "title=Other case", "tags=trains,night,ferries");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                +++
                Title = 'Other case'  # Hugo reads Title as title
                date = 2025-03-02
                tags = [
                  "trains", # first
                  "night",
                  "ferries",
                ]
                +++

                Text.
                """, Files.readString(f));
        assertEquals(
                "\"Other case\"\n", CliRun.run("get", f.toString(), "title").out());
    }

    @Test
    void setAndGetOnAJsonPostKeepItsIndentation() throws IOException {
        Path f = write("json.md", """
                {
                    "title": "JSON post",
                    "date": "2025-03-02",
                    "tags": ["trains"]
                }

                Text.
                """);
        // a new field goes where Hugo's schema orders it, in the block's own indentation and spacing
        CliRun r = CliRun.run("set", f.toString(), "title=JSON, edited", "tags=trains,json", "draft=true");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                {
                    "title": "JSON, edited",
                    "date": "2025-03-02",
                    "draft": true,
                    "tags": ["trains", "json"]
                }

                Text.
                """, Files.readString(f));
        assertEquals(
                "[\"trains\",\"json\"]\n",
                CliRun.run("get", f.toString(), "tags").out());
        CliRun unset = CliRun.run("set", f.toString(), "--unset", "draft");
        assertEquals(0, unset.code(), unset.err());
        assertTrue(Files.readString(f).contains("\"tags\": [\"trains\", \"json\"]\n}\n"), Files.readString(f));
    }

    @Test
    void checkReportsTomlSyntaxAndFieldErrorsAtLineAndColumn() throws IOException {
        write("broken.md", "+++\ntitle = \"Broken\"\ndate = 2025-03-02\ntags = [\"a\",\n+++\n\nText.\n");
        write("bad-date.md", "{\n  \"title\": \"Bad date\",\n  \"date\": \"someday\"\n}\n\nText.\n");
        CliRun r = CliRun.run("check", site.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("content/posts/broken.md:5:1: error yaml.syntax TOML error: "), r.out());
        assertTrue(r.out().contains("content/posts/bad-date.md:3:11: error date.invalid"), r.out());
        assertTrue(!r.out().contains("toml-frontmatter.md"), r.out());
    }

    @Test
    void setRefusesABrokenTomlBlockAndATableField() throws IOException {
        Path broken = write("broken.md", "+++\ntitle = \"Broken\"\ndate = \n+++\n\nText.\n");
        String before = Files.readString(broken);
        CliRun r = CliRun.run("set", broken.toString(), "title=x");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(":3:"), r.err());
        assertEquals(before, Files.readString(broken));
        Path table = write("table.md", "+++\ntitle = \"T\"\ndate = 2025-03-02\n[params]\nx = 1\n+++\n\nText.\n");
        CliRun t = CliRun.run("set", table.toString(), "params=y");
        assertEquals(1, t.code());
        assertTrue(t.err().contains("Raw view"), t.err());
    }
}
