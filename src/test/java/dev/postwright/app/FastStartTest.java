package dev.postwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {

    @TempDir
    Path tmp;

    private final Optional<Path> java = Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));

    private Path jar() throws IOException {
        Path jar = tmp.resolve("app.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not really a jar, only a file to key the archive on");
        }
        return jar;
    }

    private Optional<FastStart.Plan> plan(Optional<Path> java, Optional<Path> jar, String enabled, String child) {
        return FastStart.plan(
                java,
                jar,
                List.of("-Xmx512m", "-Dpostwright.data=/d", "-Xshare:off"),
                "dev.postwright.app.Launcher",
                new String[] {"post.md"},
                tmp.resolve("cds"),
                enabled,
                child,
                "17.0.1",
                8);
    }

    @Test
    void aJarRunByJavaStartsAChildThatWritesTheArchiveFirstAndUsesItLater() throws IOException {
        FastStart.Plan first = plan(java, Optional.of(jar()), null, null).orElseThrow();
        assertTrue(first.dumping());
        List<String> cmd = first.command();
        assertEquals(java.get().toString(), cmd.get(0));
        assertTrue(cmd.contains("-Xmx512m") && cmd.contains("-Dpostwright.data=/d"), "own JVM options passed on");
        assertFalse(cmd.contains("-Xshare:off"), "sharing options are its own");
        assertTrue(cmd.contains("-XX:ArchiveClassesAtExit=" + first.writing()));
        assertEquals(
                List.of("-cp", jar().toString(), "dev.postwright.app.Launcher", "post.md"),
                cmd.subList(cmd.size() - 4, cmd.size()));

        Files.createDirectories(first.archive().getParent());
        Files.writeString(first.archive(), "archive");
        FastStart.Plan later = plan(java, Optional.of(jar()), null, null).orElseThrow();
        assertFalse(later.dumping());
        assertTrue(later.command().contains("-XX:SharedArchiveFile=" + first.archive()));
    }

    @Test
    void startsInThisJvmWhenOffAChildAlreadyNotAJarOrNotJava() throws IOException {
        Path jar = jar();
        assertTrue(plan(java, Optional.of(jar), "false", null).isEmpty(), "-Dpostwright.fastStart=false");
        assertTrue(plan(java, Optional.of(jar), null, "true").isEmpty(), "the child itself");
        assertTrue(plan(java, Optional.of(tmp), null, null).isEmpty(), "classes folder (IDE, mvn javafx:run)");
        assertTrue(plan(java, Optional.empty(), null, null).isEmpty());
        assertTrue(
                plan(Optional.of(Path.of("/opt/postwright/bin/Postwright")), Optional.of(jar), null, null)
                        .isEmpty(),
                "the app image's own launcher");
        assertTrue(plan(Optional.empty(), Optional.of(jar), null, null).isEmpty());
        for (String agent : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar")) {
            assertTrue(
                    FastStart.plan(
                                    java,
                                    Optional.of(jar),
                                    List.of(agent),
                                    "dev.postwright.app.Launcher",
                                    new String[0],
                                    tmp.resolve("cds"),
                                    null,
                                    null,
                                    "17",
                                    2)
                            .isEmpty(),
                    "a debugger's port cannot be bound twice: " + agent);
        }
    }

    @Test
    void aJvmThatWroteNoArchiveIsNotAskedAgain() throws IOException {
        FastStart.Plan first = plan(java, Optional.of(jar()), null, null).orElseThrow();
        Files.createDirectories(first.archive().getParent());
        FastStart.keepArchive(first, 1); // a crash: try again next time
        assertTrue(plan(java, Optional.of(jar()), null, null).isPresent());
        FastStart.keepArchive(first, 0); // a clean exit with nothing written
        assertTrue(plan(java, Optional.of(jar()), null, null).isEmpty());
    }

    @Test
    void twoRealStartsWriteThenUseTheArchiveAndPassTheExitCodeOn() throws Exception {
        // a dynamic archive sits on the JDK's own base archive; a JDK built without one cannot write it
        Assumptions.assumeTrue(
                Files.exists(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa")),
                "this JDK has no base class-data archive");
        Path jar = tmp.resolve("probe.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Path classes = Path.of(FastStart.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path testClasses = Path.of(FastStartProbe.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            add(out, classes, "dev/postwright/app/FastStart");
            add(out, classes, "dev/postwright/app/WindowJvm");
            add(out, classes, "dev/postwright/workspace/AppPaths"); // where the cache folder is
            add(out, testClasses, "dev/postwright/app/FastStartProbe");
        }
        Path cache = tmp.resolve("cache");
        String first = run(jar, cache);
        assertTrue(first.startsWith("7|child=true archive=-XX:ArchiveClassesAtExit="), first);
        assertTrue(first.endsWith("args=a b,c"), first);
        try (Stream<Path> files = Files.list(cache.resolve("postwright").resolve("cds"))) {
            List<Path> archives =
                    files.filter(f -> f.toString().endsWith(".jsa")).toList();
            assertEquals(1, archives.size(), "one archive kept, nothing half-written left");
        }
        String second = run(jar, cache);
        assertTrue(second.startsWith("7|child=true archive=-XX:SharedArchiveFile="), second);
    }

    private static void add(JarOutputStream out, Path root, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(prefix).getParent())) {
            for (Path f : files.toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (name.equals(prefix + ".class") || name.startsWith(prefix + "$")) {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
        }
    }

    @Test
    void onATwoProcessorMachineTheWindowCompilesWithC1OnlyUnlessTheWriterChoseOtherwise() throws IOException {
        List<String> small = command(List.of("-Xmx512m"), 2);
        assertTrue(small.contains(WindowJvm.C1_ONLY), small.toString());
        List<String> large = command(List.of("-Xmx512m"), 8);
        assertFalse(large.contains(WindowJvm.C1_ONLY), large.toString());
        for (String choice : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint")) {
            List<String> theirs = command(List.of(choice), 2);
            assertFalse(theirs.contains(WindowJvm.C1_ONLY), theirs.toString());
            assertTrue(theirs.contains(choice), theirs.toString());
        }
    }

    /** The child's command for a jar run by java with these options, on a machine of {@code processors}. */
    private List<String> command(List<String> jvmArgs, int processors) throws IOException {
        return FastStart.plan(
                        java,
                        Optional.of(jar()),
                        jvmArgs,
                        "dev.postwright.app.Launcher",
                        new String[0],
                        tmp.resolve("cds"),
                        null,
                        null,
                        "17",
                        processors)
                .orElseThrow()
                .command();
    }

    private String run(Path jar, Path cache) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        java.get().toString(), "-cp", jar.toString(), "dev.postwright.app.FastStartProbe", "a b", "c")
                .redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.flush();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe finished");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.exitValue() + "|" + output;
    }
}
