package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator is the judge of {@code check} (issue #17): on each fixture of a real site shape, every link, image
 * and anchor error Postwright raises is one the generator's build really left broken, and every one the build left
 * broken is flagged. Each probe (a post that stops the build) must be reported as an error too. The expected files
 * ({@code src/test/resources/oracle/<fixture>.broken.tsv}) are written by {@code tools/oracle/oracle.py}; the
 * fixtures' URLs and heading ids are compared by {@link OracleTest}.
 */
class OracleFixturesTest {

    static final Path ORACLE = Path.of("src/test/resources/oracle");

    /** The rules whose errors a build judges: links, images and fields the generator needs. */
    static final Set<String> JUDGED = Set.of(
            "link.broken",
            "link.post-missing",
            "link.anchor",
            "link.reference-undefined",
            "image.missing",
            "ogImage.missing",
            "field.required");

    /**
     * Disagreements Postwright does not fix yet, each with its reason. A gap that no longer occurs fails the test:
     * remove it from this list when it is fixed.
     */
    static final Map<String, String> KNOWN_GAPS = Map.of();

    private static final String NO_ERROR = "; check raised no error";

    private static final Pattern PROBLEM = Pattern.compile("^(\\S+?):(\\d+):(\\d+): (error|warning|info) (\\S+) (.*)$");

    @TempDir
    Path tmp;

    static Stream<String> fixtures() {
        return Stream.of("astro-posts", "astro-url-base", "hugo-shapes", "jekyll-shapes");
    }

    record Broken(String file, String kind, String reference, String how) {}

    record Problem(String file, String rule, String message) {}

    static List<Broken> broken(String fixture) throws IOException {
        List<String> lines =
                Files.readAllLines(ORACLE.resolve(fixture + ".broken.tsv"), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.startsWith("#"))
                        .toList();
        assertEquals("file\tkind\treference\thow", lines.get(0));
        return lines.subList(1, lines.size()).stream()
                .map(l -> l.split("\t", -1))
                .map(c -> new Broken(c[0], c[1], c[2], c[3]))
                .toList();
    }

    /** The judged errors {@code check} reports on the site. */
    static List<Problem> errors(Path site) {
        CliRun run = CliRun.run("check", site.toString());
        assertTrue(run.code() == 0 || run.code() == 1, run.err());
        List<Problem> errors = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            Matcher m = PROBLEM.matcher(line);
            if (m.matches() && m.group(4).equals("error") && JUDGED.contains(m.group(5))) {
                errors.add(new Problem(m.group(1), m.group(5), m.group(6)));
            }
        }
        return errors;
    }

    /** Whether the error is the one Postwright gives for what the build left broken. */
    static boolean reports(Problem p, Broken b) {
        if (!p.file().equals(b.file())) {
            return false;
        }
        return switch (b.kind()) {
            case "image" -> p.rule().startsWith("image.") && p.message().contains(b.reference());
            case "link" -> p.rule().startsWith("link.") && p.message().contains(b.reference());
            case "anchor" ->
                p.rule().equals("link.anchor")
                        && p.message()
                                .contains("'"
                                        + b.reference().substring(b.reference().indexOf('#') + 1) + "'");
            default -> true; // a build failure: any judged error on the probe's file
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void checkFlagsExactlyWhatTheBuildBroke(String fixture) throws IOException {
        Path site = TestSites.copy(ORACLE.resolve("fixtures").resolve(fixture), tmp.resolve(fixture));
        List<Broken> built =
                broken(fixture).stream().filter(b -> b.how().equals("built")).toList();
        List<Problem> unmatched = new ArrayList<>(errors(site));
        List<String> disagreements = new ArrayList<>();
        for (Broken b : built) {
            Problem found =
                    unmatched.stream().filter(p -> reports(p, b)).findFirst().orElse(null);
            if (found == null) {
                disagreements.add(fixture + " " + b.file() + ": the build broke " + b.kind() + " " + b.reference()
                        + ", check did not flag it");
            } else {
                unmatched.remove(found);
            }
        }
        unmatched.forEach(
                p -> disagreements.add(fixture + " " + p.file() + ": false " + p.rule() + ": " + p.message()));
        assertNoUnknownDisagreements(fixture, disagreements, k -> !k.endsWith(NO_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyPostThatStopsTheBuildIsAnError(String fixture) throws IOException {
        List<Broken> probes =
                broken(fixture).stream().filter(b -> !b.how().equals("built")).toList();
        List<String> disagreements = new ArrayList<>();
        for (Broken probe : probes) {
            Path site = TestSites.copy(
                    ORACLE.resolve("fixtures").resolve(fixture), tmp.resolve(fixture + "-" + probes.indexOf(probe)));
            Path file = site.resolve(probe.file());
            Files.createDirectories(file.getParent());
            Files.copy(ORACLE.resolve("probes").resolve(fixture).resolve(probe.file()), file);
            if (errors(site).stream().noneMatch(p -> reports(p, probe))) {
                disagreements.add(fixture + " " + probe.file() + ": " + probe.how() + NO_ERROR);
            }
        }
        assertNoUnknownDisagreements(fixture, disagreements, k -> k.endsWith(NO_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theFixtureReallyHasSomethingBroken(String fixture) throws IOException {
        // the comparison is not vacuous: each fixture keeps broken links or build-stopping probes on purpose
        assertFalse(broken(fixture).isEmpty(), fixture);
    }

    private static void assertNoUnknownDisagreements(
            String fixture, List<String> disagreements, Predicate<String> ofThisTest) {
        List<String> unexpected =
                disagreements.stream().filter(d -> !KNOWN_GAPS.containsKey(d)).toList();
        assertEquals(List.of(), unexpected, "check disagrees with " + fixture + "'s build");
        List<String> stale = KNOWN_GAPS.keySet().stream()
                .filter(k -> k.startsWith(fixture + " ") && ofThisTest.test(k))
                .filter(k -> !disagreements.contains(k))
                .sorted()
                .toList();
        assertEquals(List.of(), stale, "known gaps that no longer occur: remove them from KNOWN_GAPS");
    }
}
