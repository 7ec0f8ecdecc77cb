package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code postwright new} on Hugo sites against what the real {@code hugo new} (0.111.3) wrote for the same site:
 * {@code src/test/resources/archetypes/<case>/expected.md}, made by {@code tools/archetypes/expected.sh} with only
 * dates and times masked.
 */
class ArchetypeOracleTest {

    private static final Path CASES = Path.of("src/test/resources/archetypes");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "toml-default, content/posts/night-train-to-narvik.md",
        "yaml-section, content/posts/night-train-to-narvik.md",
        "json, content/posts/night-train-to-narvik.md",
        "bundle, content/posts/night-train-to-narvik/index.md",
        "missing, content/posts/night-train-to-narvik.md",
        "theme, content/posts/night-train-to-narvik.md"
    })
    void newWritesWhatHugoNewWrites(String name, String rel) throws IOException {
        Path site = TestSites.copy(CASES.resolve(name).resolve("site"), tmp.resolve("site"));
        Files.createDirectories(site.resolve("content"));
        CliRun r = CliRun.run("new", "--site", site.toString(), "--title", "Night Train to Narvik");
        assertEquals(0, r.code(), r.err());
        Path file = site.resolve(rel).toAbsolutePath();
        assertEquals(file + "\n/posts/night-train-to-narvik/\n", r.out());
        assertEquals(Files.readString(CASES.resolve(name).resolve("expected.md")), mask(Files.readString(file)));
        assertEquals(
                Files.readString(CASES.resolve(name).resolve("expected-files.txt")),
                filesUnder(site.resolve("content")));
    }

    /** Every file under {@code dir} as {@code find . -type f | sort} lists them. */
    private static String filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> "./" + dir.relativize(f).toString().replace('\\', '/') + "\n")
                    .sorted()
                    .collect(Collectors.joining());
        }
    }

    @Test
    void theDateIsTheCreationTimeAsHugoWritesIt() throws IOException {
        Path site = TestSites.copy(CASES.resolve("toml-default/site"), tmp.resolve("site"));
        CliRun r = CliRun.run("new", "--site", site.toString(), "--title", "Night Train to Narvik");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(site.resolve("content/posts/night-train-to-narvik.md"));
        assertTrue(text.contains("\ndate = 2026-11-30T13:05:00Z\npublishDate = 2026-11-30\n"), text);
    }

    @Test
    void theWritersTagsDraftAndDescriptionOverrideTheArchetype() throws IOException {
        Path site = TestSites.copy(CASES.resolve("yaml-section/site"), tmp.resolve("site"));
        CliRun r = CliRun.run(
                "new",
                "--site",
                site.toString(),
                "--title",
                "Sleepers: a field guide",
                "--tags",
                "sleepers,nordics",
                "--no-draft",
                "--description",
                "Which berth to book.");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(site.resolve("content/posts/sleepers-a-field-guide.md"));
        assertTrue(
                text.startsWith("---\ntitle: \"Sleepers: a field guide\"\ndate: 2026-11-30T13:05:00Z\n"
                        + "draft: false\nauthor: Mara Lindqvist\n"),
                text);
        assertTrue(text.contains("\ntags:\n  - sleepers\n  - nordics\ndescription: Which berth to book.\n---\n"), text);
        assertFalse(text.contains("travel"), text);
    }

    @Test
    void anExpressionItCannotEvaluateIsLeftOutWithAWarning() throws IOException {
        Path site = TestSites.copy(CASES.resolve("missing/site"), tmp.resolve("site"));
        TestSites.write(
                site,
                "archetypes/default.md",
                "+++\ntitle = ''\ncover = {{ (.Resources.GetMatch \"cover.*\").RelPermalink }}\n"
                        + "alt = '{{ .Params.alt }}'\ndraft = true\n+++\n\n{{ partial \"x\" . }}Hello.\n");
        CliRun r = CliRun.run("new", "--site", site.toString(), "--title", "Night Train to Narvik");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                "+++\ntitle = 'Night Train to Narvik'\nalt = ''\ndraft = true\n+++\n\nHello.\n",
                Files.readString(site.resolve("content/posts/night-train-to-narvik.md")));
        assertTrue(
                r.err()
                        .contains("postwright new: warning: archetypes/default.md: {{ partial \"x\" . }} is not "
                                + "understood by Postwright"),
                r.err());
        assertTrue(r.err().contains("{{ .Params.alt }}"), r.err());
        assertTrue(r.err().contains(".RelPermalink }}"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBundleArchetypesOtherFilesAreCopiedAndADryRunSaysSo() throws IOException {
        Path site = TestSites.copy(CASES.resolve("bundle/site"), tmp.resolve("site"));
        CliRun dry = CliRun.run("new", "--site", site.toString(), "--title", "Night Train to Narvik", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.err().contains("and copy 1 file(s) from the archetype; nothing written."), dry.err());
        assertFalse(Files.exists(site.resolve("content")), "a dry run writes nothing");
        CliRun r = CliRun.run("new", "--site", site.toString(), "--title", "Night Train to Narvik");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                Files.readString(site.resolve("archetypes/posts/images/README.txt")),
                Files.readString(site.resolve("content/posts/night-train-to-narvik/images/README.txt")));
    }

    /** The bundled sample site's own archetype; the expected text is what hugo new 0.111.3 wrote for it. */
    @Test
    void theBundledHugoSitesArchetype() throws IOException {
        Path site = TestSites.copy(Path.of("assets/hugo-site"), tmp.resolve("site"));
        CliRun r = CliRun.run("new", "--site", site.toString(), "--title", "The Last Train to Bodo");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(
                "---\ntitle: \"The Last Train to Bodo\"\ndate: 2026-11-30T13:05:00Z\ndraft: true\ntags: []\n---\n\n"
                        + "From \u2026 to \u2026, on the \u2026 .\n",
                Files.readString(site.resolve("content/posts/the-last-train-to-bodo.md")));
    }

    private static String mask(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})", "{DATETIME}")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}", "{DATE}");
    }
}
