package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator is the judge (issue #17): {@code postwright list}'s URLs and heading ids against what Astro, Hugo
 * and Jekyll really built from the bundled sample sites. The expected files in {@code src/test/resources/oracle}
 * are written by {@code tools/oracle/oracle.py}, so this test needs no generator.
 */
class OracleTest {

    /**
     * Disagreements Postwright does not fix yet, each with its reason. A gap that no longer occurs fails the test:
     * remove it from this list when it is fixed.
     */
    static final Map<String, String> KNOWN_GAPS = Map.of();

    @TempDir
    Path tmp;

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("astro", "assets/sample-site"),
                Arguments.of("hugo", "assets/hugo-site"),
                Arguments.of("jekyll", "assets/jekyll-site"),
                // fixtures of real site shapes, built by tools/oracle/oracle.py (their checks: OracleFixturesTest)
                Arguments.of("astro-posts", "src/test/resources/oracle/fixtures/astro-posts"),
                Arguments.of("astro-url-base", "src/test/resources/oracle/fixtures/astro-url-base"),
                Arguments.of("hugo-shapes", "src/test/resources/oracle/fixtures/hugo-shapes"),
                Arguments.of("jekyll-shapes", "src/test/resources/oracle/fixtures/jekyll-shapes"));
    }

    /** The oracle's rows by file: url, heading ids, built path. */
    static Map<String, String[]> oracle(String site) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> lines =
                Files.readAllLines(Path.of("src/test/resources/oracle", site + ".tsv"), StandardCharsets.UTF_8);
        List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("file\turl\theadingIds\tbuiltPath", data.get(0));
        for (String line : data.subList(1, data.size())) {
            String[] c = line.split("\t", -1);
            rows.put(c[0], c);
        }
        return rows;
    }

    private static Set<String> ids(String joined) {
        return joined.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void listAgreesWithTheGenerator(String name, String assets) throws IOException {
        Path site = TestSites.copy(Path.of(assets), tmp.resolve(name));
        CliRun run = CliRun.run("list", site.toString(), "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        Map<String, Map<String, String>> listed = ListCommandTest.tsvRows(run.out());
        Map<String, String[]> built = oracle(name);
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : listed.entrySet()) {
            String file = e.getKey();
            Map<String, String> row = e.getValue();
            String[] b = built.get(file);
            if (b == null) {
                // two posts on one URL: the generator publishes one, Postwright reports slug.duplicate on both
                boolean shared = listed.entrySet().stream()
                        .anyMatch(o -> !o.getKey().equals(file)
                                && o.getValue().get("url").equals(row.get("url"))
                                && built.containsKey(o.getKey()));
                if (!shared) {
                    disagreements.add(name + " " + file + ": listed at " + row.get("url") + ", not built");
                }
                continue;
            }
            if (!b[1].equals(row.get("url"))) {
                disagreements.add(name + " " + file + ": url: built " + b[1] + ", list " + row.get("url"));
            }
            Set<String> builtIds = ids(b[2]);
            Set<String> listIds = ids(row.get("headingIds"));
            if (!builtIds.equals(listIds)) {
                Set<String> onlyBuilt = new TreeSet<>(builtIds);
                onlyBuilt.removeAll(listIds);
                Set<String> onlyListed = new TreeSet<>(listIds);
                onlyListed.removeAll(builtIds);
                disagreements.add(
                        name + " " + file + ": heading ids: built has " + onlyBuilt + ", list has " + onlyListed);
            }
        }
        built.keySet().stream()
                .filter(f -> !listed.containsKey(f))
                .forEach(f -> disagreements.add(name + " " + f + ": built at " + built.get(f)[1] + ", not listed"));
        List<String> unexpected =
                disagreements.stream().filter(d -> !KNOWN_GAPS.containsKey(d)).toList();
        assertEquals(List.of(), unexpected, "Postwright disagrees with " + name + "'s build");
        List<String> stale = KNOWN_GAPS.keySet().stream()
                .filter(k -> k.startsWith(name + " "))
                .filter(k -> !disagreements.contains(k))
                .sorted()
                .toList();
        assertEquals(List.of(), stale, "known gaps that no longer occur: remove them from KNOWN_GAPS");
        // the comparison is not vacuous: most posts were built and compared (a fixture has only a few)
        long compared = listed.keySet().stream().filter(built::containsKey).count();
        assertTrue(built.size() >= 2 && compared >= Math.min(4, built.size()), built.keySet()::toString);
    }
}
