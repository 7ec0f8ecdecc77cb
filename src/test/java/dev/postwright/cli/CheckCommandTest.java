package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postwright check} end to end: the sample site's planted problems, exact JSON, exit codes. */
class CheckCommandTest {

    private static final String DEMO = "src/data/blog/deliberate-problems.md";
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\|\\s*\\d+\\s*\\|\\s*`([a-zA-Z.-]+)`\\s*\\|\\s*(error|warning|info)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|");

    @TempDir
    Path tmp;

    private Path copySampleSite() throws IOException {
        return dev.postwright.TestSites.copySampleSite(tmp.resolve("site"));
    }

    /** The planted problems as EXPECTED-PROBLEMS.md lists them: "file:line:col: severity rule". */
    private static TreeSet<String> documentedProblems(Path site) throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(site.resolve("EXPECTED-PROBLEMS.md"))) {
            Matcher m = TABLE_ROW.matcher(line);
            if (m.find()) {
                expected.add(DEMO + ":" + m.group(3) + ":" + m.group(4) + ": " + m.group(2) + " " + m.group(1));
            }
        }
        return expected;
    }

    @Test
    void sampleSiteReportsExactlyThePlantedProblems() throws IOException {
        Path site = copySampleSite();
        CliRun run = CliRun.run("check", site.toString(), "--format", "text");
        assertEquals(1, run.code(), run.err());
        TreeSet<String> got = new TreeSet<>();
        List<String> lines = run.out().strip().lines().toList();
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] parts = line.split(" ", 4);
            got.add(parts[0] + " " + parts[1] + " " + parts[2]);
        }
        TreeSet<String> expected = documentedProblems(site);
        assertEquals(20, expected.size(), "EXPECTED-PROBLEMS.md table rows");
        expected.add("src/data/blog/winter-rye-plans.md:1:1: error slug.duplicate");
        expected.add("src/data/blog/winter-rye-plans.md:3:14: warning date.future");
        assertEquals(expected, got);
        assertEquals("11 files checked: 8 errors, 11 warnings, 3 infos", lines.get(lines.size() - 1));
    }

    @Test
    void sampleSiteWithoutTheDemoPostIsCleanButForTheScheduledPost() throws IOException {
        Path site = copySampleSite();
        Files.delete(site.resolve(DEMO));
        CliRun run = CliRun.run("check", site.toString());
        assertEquals(0, run.code(), run.out());
        assertEquals(
                List.of("src/data/blog/winter-rye-plans.md:3:14: warning date.future"),
                run.out()
                        .lines()
                        .filter(l -> l.startsWith("src/"))
                        .map(l -> l.substring(0, l.indexOf(" date.future") + " date.future".length()))
                        .toList());
    }

    @Test
    void jsonIsExactForASmallSite() throws IOException {
        Path site = tmp.resolve("tiny");
        Files.createDirectories(site.resolve("src/data/blog"));
        Files.createDirectories(site.resolve("public"));
        Files.writeString(site.resolve("astro.config.mjs"), "export default {};\n");
        Files.writeString(site.resolve("src/data/blog/first.md"), """
                ---
                title: First
                pubDatetime: 2025-01-02
                description: A first post that is long enough to satisfy the description rule.
                tags: [notes]
                ---

                See [the second](/posts/second/#nowhere).
                """);
        Files.writeString(site.resolve("src/data/blog/second.md"), """
                ---
                title: Second
                pubDatetime: 2025-01-03
                description: A second post that is long enough to satisfy the description rule.
                tags: [Notes]
                ---

                ## Somewhere

                Text.
                """);
        CliRun run = CliRun.run("check", site.toString(), "--format", "json");
        assertEquals(1, run.code());
        String root = site.toAbsolutePath().normalize().toString().replace("\\", "\\\\");
        String expected = "{\"version\":1,\"root\":\"" + root + "\",\"preset\":\"astropaper\",\"files\":2,"
                + "\"errors\":1,\"warnings\":1,\"problems\":["
                + "{\"file\":\"src/data/blog/first.md\",\"line\":8,\"column\":5,\"severity\":\"error\","
                + "\"rule\":\"link.anchor\",\"message\":\"src/data/blog/second.md has no heading with the id "
                + "'nowhere'. Its headings are #somewhere.\"},"
                + "{\"file\":\"src/data/blog/second.md\",\"line\":5,\"column\":8,\"severity\":\"warning\","
                + "\"rule\":\"tag.near-duplicate\",\"message\":\"The tags 'Notes' and 'notes' (used by 1 other "
                + "post) land on one tag page, /tags/notes/: use 'notes' so the page shows one spelling.\",\"fix\":\"Use the existing tag 'notes'\"}]}";
        assertEquals(expected, run.out().replaceAll("\\s*\\n\\s*", ""));
    }

    @Test
    void anUnreadablePostIsAProblemNotACrash() throws IOException {
        Path site = copySampleSite();
        Path binary = site.resolve("src/data/blog/binary.md");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Files.write(binary, png);
        CliRun run = CliRun.run("check", site.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("src/data/blog/binary.md:1:1: error file.unreadable"), run.out());
        assertTrue(run.out().contains("12 files checked"), run.out());
        assertArrayEquals(png, Files.readAllBytes(binary));
    }

    @Test
    void checksOnlyTheGivenFileAgainstTheWholeSite() throws IOException {
        Path site = copySampleSite();
        CliRun run = CliRun.run(
                "check", site.resolve("src/data/blog/winter-rye-plans.md").toString());
        assertEquals(1, run.code());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).contains("slug.duplicate") && lines.get(0).contains("deliberate-problems.md"));
        assertEquals("1 file checked: 1 error, 1 warning", lines.get(2));
    }

    @Test
    void usageProblemsExitWithTwo() throws IOException {
        Path site = copySampleSite();
        assertEquals(2, CliRun.run("check", tmp.resolve("missing").toString()).code());
        assertEquals(2, CliRun.run("check", site.toString(), "--format", "xml").code());
        CliRun badPreset = CliRun.run("check", site.toString(), "--preset", "wordpress");
        assertEquals(2, badPreset.code());
        assertTrue(badPreset.err().contains("wordpress"), badPreset.err());
    }

    @Test
    void outputIsUtf8WithEmojiUnescaped() throws IOException {
        Path site = copySampleSite();
        CliRun run = CliRun.run("check", site.toString(), "--format", "json");
        assertTrue(run.out().contains("'🌉'"), "emoji written as is");
        assertEquals(new String(run.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), run.out());
        List<String> rules = new ArrayList<>();
        Matcher m = Pattern.compile("\"rule\":\"([^\"]+)\"").matcher(run.out());
        while (m.find()) {
            rules.add(m.group(1));
        }
        assertEquals(22, rules.size());
    }
}
