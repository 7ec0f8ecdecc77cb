package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetCommandTest {

    @TempDir
    Path tmp;

    Path site;
    Path blog;

    @BeforeEach
    void copySite() {
        site = CliRun.sampleSite(tmp);
        blog = site.resolve("src/data/blog");
    }

    /** The file's lines as raw bytes (ISO-8859-1 maps bytes 1:1), line endings kept. */
    private static List<String> rawLines(Path f) throws IOException {
        String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines.add(s.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < s.length()) {
            lines.add(s.substring(from));
        }
        return lines;
    }

    private static String utf8(String isoLine) {
        return new String(isoLine.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** Asserts that the files differ only at the given 0-based line index (same line count). */
    private static void assertOnlyLineChanged(List<String> before, List<String> after, int index, String expected) {
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (i == index) {
                assertEquals(expected, utf8(after.get(i)));
            } else {
                assertEquals(before.get(i), after.get(i), "line " + (i + 1) + " must keep its bytes");
            }
        }
    }

    @Test
    void setStringChangesOnlyThatLineLf() throws IOException {
        Path f = blog.resolve("welcome-to-field-notes.md");
        List<String> before = rawLines(f);
        CliRun r = CliRun.run("set", f.toString(), "title=Hello: again");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertOnlyLineChanged(before, rawLines(f), 2, "title: \"Hello: again\"\n");
    }

    @Test
    void setStringChangesOnlyThatLineCrlf() throws IOException {
        Path f = blog.resolve("renaming-scans-with-a-script.md");
        List<String> before = rawLines(f);
        CliRun r = CliRun.run("set", f.toString(), "title=Renaming scans");
        assertEquals(0, r.code(), r.err());
        assertOnlyLineChanged(before, rawLines(f), 2, "title: Renaming scans\r\n");
    }

    @Test
    void setBooleanAndDate() throws IOException {
        Path f = blog.resolve("sourdough-starter.md");
        List<String> before = rawLines(f);
        CliRun r = CliRun.run("set", f.toString(), "draft=true");
        assertEquals(0, r.code(), r.err());
        assertOnlyLineChanged(before, rawLines(f), 6, "draft: true\n");
        before = rawLines(f);
        r = CliRun.run("set", f.toString(), "pubDatetime=2025-03-15");
        assertEquals(0, r.code(), r.err());
        assertOnlyLineChanged(before, rawLines(f), 3, "pubDatetime: 2025-03-15\n");
    }

    @Test
    void listKeepsFlowStyleAndComment() throws IOException {
        Path f = blog.resolve("welcome-to-field-notes.md");
        List<String> before = rawLines(f);
        CliRun r = CliRun.run("set", f.toString(), "tags=meta,writing,notes");
        assertEquals(0, r.code(), r.err());
        assertOnlyLineChanged(
                before, rawLines(f), 6, "tags: [meta, writing, notes] # inline comment after a flow list\n");
        assertEquals(
                "[\"meta\",\"writing\",\"notes\"]\n",
                CliRun.run("get", f.toString(), "tags").out());
    }

    @Test
    void listKeepsBlockStyle() throws IOException {
        Path f = blog.resolve("day-hike-packing-list.md");
        String before = Files.readString(f);
        CliRun r = CliRun.run("set", f.toString(), "tags=hiking,gear,repair");
        assertEquals(0, r.code(), r.err());
        assertEquals(before.replace("  - gear\n", "  - gear\n  - repair\n"), Files.readString(f));
    }

    @Test
    void newFieldIsAddedAndUnsetRemovesOnlyItsLine() throws IOException {
        Path f = blog.resolve("welcome-to-field-notes.md");
        List<String> before = rawLines(f);
        CliRun r = CliRun.run("set", f.toString(), "featured=true");
        assertEquals(0, r.code(), r.err());
        List<String> after = rawLines(f);
        assertEquals(before.size() + 1, after.size());
        assertTrue(after.contains("featured: true\n"), after.toString());
        List<String> withoutNew = new ArrayList<>(after);
        withoutNew.remove("featured: true\n");
        assertEquals(before, withoutNew);
        assertEquals("true\n", CliRun.run("get", f.toString(), "featured").out());

        r = CliRun.run("set", f.toString(), "--unset", "featured");
        assertEquals(0, r.code(), r.err());
        assertEquals(before, rawLines(f));
    }

    @Test
    void unsetOnCrlfPostKeepsOtherBytes() throws IOException {
        Path f = blog.resolve("renaming-scans-with-a-script.md");
        List<String> before = rawLines(f);
        CliRun r = CliRun.run("set", f.toString(), "--unset", "emoji");
        assertEquals(0, r.code(), r.err());
        List<String> expected = new ArrayList<>(before);
        expected.remove(6);
        assertEquals(expected, rawLines(f));
    }

    @Test
    void refusesAnEditThatIntroducesAnErrorUnlessForced() throws IOException {
        Path f = blog.resolve("sourdough-starter.md");
        byte[] before = Files.readAllBytes(f);
        CliRun r = CliRun.runSetWithSlugRule(f.toString(), "slug=welcome-to-field-notes");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("slug.duplicate") && r.err().contains("welcome-to-field-notes.md"), r.err());
        assertTrue(r.err().contains("was not changed"), r.err());
        assertArrayEquals(before, Files.readAllBytes(f));

        r = CliRun.runSetWithSlugRule(f.toString(), "slug=welcome-to-field-notes", "--dry-run");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("+slug: welcome-to-field-notes"), r.out());
        assertArrayEquals(before, Files.readAllBytes(f));

        r = CliRun.runSetWithSlugRule(f.toString(), "slug=welcome-to-field-notes", "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("slug.duplicate"), r.err());
        assertTrue(Files.readString(f).contains("\nslug: welcome-to-field-notes\n"));
    }

    @Test
    void errorsTheFileAlreadyHadDoNotBlockAnotherEdit() throws IOException {
        Path f = blog.resolve("sourdough-starter.md");
        assertEquals(
                0,
                CliRun.runSetWithSlugRule(f.toString(), "slug=welcome-to-field-notes", "--force")
                        .code());
        CliRun r = CliRun.runSetWithSlugRule(f.toString(), "draft=true");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(f).contains("\ndraft: true\n"));
    }

    @Test
    void wrongTypeNamesFieldTypeAndValue() throws IOException {
        Path f = blog.resolve("sourdough-starter.md");
        byte[] before = Files.readAllBytes(f);
        CliRun r = CliRun.run("set", f.toString(), "draft=maybe");
        assertEquals(1, r.code());
        assertTrue(
                r.err().contains("'draft'")
                        && r.err().contains("true or false")
                        && r.err().contains("maybe"),
                r.err());
        assertArrayEquals(before, Files.readAllBytes(f));
        r = CliRun.run("set", f.toString(), "pubDatetime=soon");
        assertEquals(1, r.code());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void unknownFieldWarnsOnOpenSchemaAndIsRefusedOnStrictOne() throws IOException {
        Path f = blog.resolve("sourdough-starter.md");
        CliRun r = CliRun.run("set", f.toString(), "mood=cheerful");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning") && r.err().contains("mood"), r.err());

        Path config = site.resolve("src/content.config.ts");
        Files.writeString(config, Files.readString(config).replace("    }),\n});", "    }).strict(),\n});"));
        byte[] before = Files.readAllBytes(f);
        r = CliRun.run("set", f.toString(), "colour=red");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("unknown field 'colour'") && r.err().contains("strict"), r.err());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void readOnlyFileIsRefusedUntouched() throws IOException {
        Path f = blog.resolve("sourdough-starter.md");
        byte[] before = Files.readAllBytes(f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(f), "running as root: a read-only file is still writable");
        CliRun r = CliRun.run("set", f.toString(), "draft=true");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("read-only") && r.err().contains("sourdough-starter.md"), r.err());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void dryRunPrintsDiffAndWritesNothing() throws IOException {
        Path f = blog.resolve("welcome-to-field-notes.md");
        byte[] before = Files.readAllBytes(f);
        CliRun r = CliRun.run("set", f.toString(), "title=Hello again", "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                --- a/src/data/blog/welcome-to-field-notes.md
                +++ b/src/data/blog/welcome-to-field-notes.md
                @@ -2,3 +2,3 @@
                 # Full-line comment: the first post of the site.
                -title: Welcome to Field Notes
                +title: Hello again
                 author: Ada Fieldwright
                """, r.out());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void dryRunOfCrlfPostShowsLinesWithoutCarriageReturns() throws IOException {
        Path f = blog.resolve("renaming-scans-with-a-script.md");
        byte[] before = Files.readAllBytes(f);
        CliRun r = CliRun.run("set", f.toString(), "--unset", "emoji", "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("@@ -6,3 +6,2 @@\n description:"), r.out());
        assertTrue(r.out().contains("\n-emoji: "), r.out());
        assertTrue(!r.out().contains("\r"));
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void usageErrorsAreExitTwo() {
        Path f = blog.resolve("welcome-to-field-notes.md");
        assertEquals(2, CliRun.run("set", f.toString(), "title").code());
        assertEquals(2, CliRun.run("set", f.toString(), "=x").code());
        assertEquals(2, CliRun.run("set", f.toString()).code());
        assertEquals(2, CliRun.run("set", f.toString(), "--bogus").code());
        assertEquals(
                2,
                CliRun.run("set", tmp.resolve("gone.md").toString(), "title=x").code());
    }

    @Test
    void brokenYamlIsRefused() throws IOException {
        Path f = blog.resolve("broken.md");
        Files.writeString(f, "---\ntitle: [a\n---\n");
        byte[] before = Files.readAllBytes(f);
        CliRun r = CliRun.run("set", f.toString(), "title=x");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("yaml.syntax"), r.err());
        assertArrayEquals(before, Files.readAllBytes(f));
    }
}
