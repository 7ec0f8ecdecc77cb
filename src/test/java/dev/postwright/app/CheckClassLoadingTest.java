package dev.postwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} loads only what it uses (issue #23): run as the jar runs it ({@code app.Launcher}) in a child JVM
 * that logs every class it loads, it must load no JavaFX, WebKit or window class, and the spelling engine only with
 * {@code --spelling}.
 */
class CheckClassLoadingTest {

    private static final List<String> WINDOW_ONLY = List.of(
            " javafx.",
            " com.sun.javafx.",
            " com.sun.webkit.",
            " com.sun.glass.",
            " org.fxmisc.",
            " dev.postwright.ui.");

    @TempDir
    Path tmp;

    /** The classes a {@code check} of the sample site loaded, one "[..] name source: …" line each. */
    private List<String> classesLoadedBy(String... extra) throws IOException, InterruptedException {
        Path site = TestSites.copySampleSite(tmp.resolve("site"));
        Path log = tmp.resolve("classes-" + extra.length + ".txt");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-Dpostwright.data=" + tmp.resolve("data"),
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                "check",
                site.toString(),
                "--format",
                "json"));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "check did not finish");
        String out = Files.readString(tmp.resolve("out.txt"));
        assertEquals(1, p.exitValue(), out); // the sample site's planted errors
        assertTrue(out.contains("\"rule\":\"link.anchor\""), out);
        return Files.readAllLines(log);
    }

    @Test
    void checkLoadsNoWindowClassAndNoSpellingWithoutTheOption() throws Exception {
        List<String> classes = classesLoadedBy();
        assertTrue(classes.stream().anyMatch(c -> c.contains(" dev.postwright.cli.CheckCommand ")), "the log works");
        for (String prefix : WINDOW_ONLY) {
            List<String> found =
                    classes.stream().filter(c -> c.contains(prefix)).limit(5).toList();
            assertTrue(found.isEmpty(), "check loaded" + prefix + "…: " + found);
        }
        List<String> spelling = classes.stream()
                .filter(c -> c.contains(" dev.postwright.spell.") || c.contains(" morfologik."))
                .limit(5)
                .toList();
        assertTrue(spelling.isEmpty(), "check without --spelling loaded " + spelling);
    }

    @Test
    void spellingLoadsTheSpellingEngineOnlyWhenAskedFor() throws Exception {
        List<String> classes = classesLoadedBy("--spelling");
        assertTrue(classes.stream().anyMatch(c -> c.contains(" dev.postwright.spell.")), "--spelling uses it");
        assertTrue(classes.stream().noneMatch(c -> c.contains(" javafx.")));
    }
}
