package dev.postwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.app.CliFastStart.Archive;
import dev.postwright.app.CliFastStart.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliFastStartTest {

    @TempDir
    Path tmp;

    private final Optional<Path> java = Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));

    private Path jar() throws IOException {
        Path jar = tmp.resolve("postwright.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not really a jar, only a file to key the archive on");
        }
        return jar;
    }

    private Path cache() {
        return tmp.resolve("cache");
    }

    private Optional<Plan> plan(List<String> jvmArgs, int feature, String... args) throws IOException {
        return CliFastStart.plan(
                java,
                Optional.of(jar()),
                jvmArgs,
                "dev.postwright.app.Launcher",
                args,
                cache(),
                null,
                null,
                feature,
                "17.0.15+6");
    }

    private Plan check17() throws IOException {
        return plan(List.of("-Xmx1g", "-Dpostwright.data=/d"), 17, "check", "site", "--format", "json")
                .orElseThrow();
    }

    @Test
    void checkRunsInAShortRunChildWithTheWritersOptionsAndArguments() throws IOException {
        List<String> cmd = check17().command();
        assertEquals(java.get().toString(), cmd.get(0));
        assertTrue(cmd.containsAll(List.of("-Xmx1g", "-Dpostwright.data=/d")), "own JVM options passed on");
        assertTrue(cmd.containsAll(CliFastStart.SHORT_RUN), cmd.toString());
        assertTrue(cmd.contains("-D" + FastStart.CHILD + "=true"), "the child never starts another");
        assertEquals(
                List.of("-cp", jar().toString(), "dev.postwright.app.Launcher", "check", "site", "--format", "json"),
                cmd.subList(cmd.size() - 7, cmd.size()));
    }

    @Test
    void theFirstRunMarksTheSecondWritesTheArchiveLaterRunsUseIt() throws IOException {
        Plan first = CliFastStart.prepare(check17(), cache());
        assertEquals(Archive.MARK, first.archive());
        assertTrue(first.command().stream().noneMatch(a -> a.contains("Archive")), "no archive on a first run");
        assertTrue(Files.exists(first.mark()));

        Plan second = CliFastStart.prepare(check17(), cache());
        assertEquals(Archive.WRITE, second.archive());
        assertTrue(second.command().contains("-XX:ArchiveClassesAtExit=" + second.writing()));
        Files.writeString(second.writing(), "archive bytes");
        CliFastStart.keep(second, 1); // problems found: an ordinary run
        assertTrue(Files.isRegularFile(second.file()));
        assertFalse(Files.exists(second.writing()));

        Plan third = check17();
        assertEquals(Archive.USE, third.archive());
        assertTrue(third.command().contains("-XX:SharedArchiveFile=" + second.file()));
        assertTrue(third.command().contains("-Xshare:auto"));
    }

    @Test
    void theArchiveIsKeyedOnTheJarSoANewBuildMakesItsOwn() throws IOException {
        Plan before = check17();
        Files.writeString(jar(), "a new build, longer than the old one");
        Files.setLastModifiedTime(jar(), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Plan after = check17();
        assertFalse(before.file().equals(after.file()));
        assertTrue(after.file().getFileName().toString().matches("cli-[0-9a-f]{16}\\.jsa"));
    }

    @Test
    void aJarRestoredWithItsTimeInWholeSecondsKeepsItsArchive() throws IOException {
        // tar (a CI cache) keeps a file's time to the second; the JVM checks the jar's time to the second too
        Files.setLastModifiedTime(jar(), FileTime.from(Instant.parse("2026-12-07T04:40:00.123456Z")));
        Plan before = check17();
        Files.setLastModifiedTime(jar(), FileTime.from(Instant.parse("2026-12-07T04:40:00Z")));
        assertEquals(before.file(), check17().file());
        Files.setLastModifiedTime(jar(), FileTime.from(Instant.parse("2026-12-07T04:40:01Z")));
        assertFalse(before.file().equals(check17().file()), "a jar of another second is another jar");
    }

    @Test
    void keepingAnArchiveRemovesOlderOnesButNotTheWindowsOrAWriterAtWork() throws IOException {
        Files.createDirectories(cache());
        Path older = Files.writeString(cache().resolve("cli-0123456789abcdef.jsa"), "old");
        Path olderMark = Files.writeString(cache().resolve("cli-0123456789abcdef.seen"), "");
        Path window = Files.writeString(cache().resolve("postwright-0123456789abcdef.jsa"), "window");
        Path busy = Files.writeString(cache().resolve("cli-0123456789abcdef-99.jsa.writing"), "busy");
        Path dead = Files.writeString(cache().resolve("cli-0123456789abcdef-98.jsa.writing"), "dead");
        Files.setLastModifiedTime(dead, FileTime.from(Instant.now().minusSeconds(7200)));
        CliFastStart.prepare(check17(), cache());
        Plan writer = CliFastStart.prepare(check17(), cache());
        Files.writeString(writer.writing(), "archive bytes");
        CliFastStart.keep(writer, 0);
        assertTrue(Files.exists(writer.file()));
        assertTrue(Files.exists(writer.mark()));
        assertFalse(Files.exists(older) || Files.exists(olderMark) || Files.exists(dead));
        assertTrue(Files.exists(window), "the window's archive is FastStart's business");
        assertTrue(Files.exists(busy), "another run may still be writing");
    }

    @Test
    void aKilledWriterLeavesNoArchiveAndACleanRunThatWroteNoneIsRemembered() throws IOException {
        CliFastStart.prepare(check17(), cache());
        Plan killed = CliFastStart.prepare(check17(), cache());
        Files.writeString(killed.writing(), "half an archive");
        CliFastStart.keep(killed, 143);
        assertFalse(Files.exists(killed.file()), "a SIGTERM'd writer's file is not trusted");
        assertEquals(Archive.WRITE, check17().archive(), "the next run tries again");

        Plan clean = CliFastStart.prepare(check17(), cache());
        CliFastStart.keep(clean, 0); // exited normally, wrote nothing: this JVM cannot
        Plan after = check17();
        assertEquals(Archive.NONE, after.archive());
        assertTrue(after.command().containsAll(CliFastStart.SHORT_RUN), "still the short-run flags");
        assertTrue(after.command().stream().noneMatch(a -> a.contains("Archive")));
    }

    @Test
    void aFolderThatCannotBeWrittenRunsWithTheFlagsAlone() throws IOException {
        Files.writeString(cache(), "a file where the cache folder should be");
        Plan p = CliFastStart.prepare(check17(), cache());
        assertEquals(Archive.NONE, p.archive());
        assertTrue(p.command().containsAll(CliFastStart.SHORT_RUN));
    }

    @Test
    void aReadOnlyCacheFolderNeverFailsTheRun() throws IOException {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.createDirectories(cache());
        Files.writeString(cache().resolve(check17().mark().getFileName().toString()), ""); // past the first run
        Files.setPosixFilePermissions(cache(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(cache()), "running as a user who can write anywhere");
            Plan p = CliFastStart.prepare(check17(), cache());
            assertEquals(Archive.NONE, p.archive());
            assertTrue(p.command().stream().noneMatch(a -> a.contains("Archive")));
        } finally {
            Files.setPosixFilePermissions(cache(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void jdk19AndLaterMakeTheArchiveThemselvesAfterTheFirstRun() throws IOException {
        Plan first = CliFastStart.prepare(plan(List.of(), 21, "check").orElseThrow(), cache());
        assertEquals(Archive.MARK, first.archive());
        Plan second = plan(List.of(), 21, "check").orElseThrow();
        assertEquals(Archive.AUTO, second.archive());
        assertTrue(second.command()
                .containsAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + second.file())));
    }

    @Test
    void runsInThisJvmForOtherCommandsTheWritersOwnFlagsOrWhenOff() throws IOException {
        assertTrue(plan(List.of(), 17, "get", "post.md", "title").isEmpty(), "one file: not worth a second JVM");
        assertTrue(plan(List.of(), 17, "--version").isEmpty());
        assertTrue(plan(List.of(), 17).isEmpty());
        for (String own : List.of(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:+UseParallelGC",
                "-XX:SharedArchiveFile=/x.jsa",
                "-Xshare:off",
                "-Xint",
                "-agentlib:jdwp=transport=dt_socket",
                "-javaagent:/x.jar")) {
            assertTrue(plan(List.of("-Xmx1g", own), 17, "check").isEmpty(), own);
        }
        assertTrue(plan(List.of("-Xmx1g", "-XX:+UseStringDeduplication"), 17, "list")
                .isPresent());
        Optional<Path> jar = Optional.of(jar());
        String[] check = {"check"};
        String launcher = "dev.postwright.app.Launcher";
        assertTrue(CliFastStart.plan(java, jar, List.of(), launcher, check, cache(), "false", null, 17, "v")
                .isEmpty());
        assertTrue(CliFastStart.plan(java, jar, List.of(), launcher, check, cache(), null, "true", 17, "v")
                .isEmpty());
        assertTrue(
                CliFastStart.plan(java, Optional.of(tmp), List.of(), launcher, check, cache(), null, null, 17, "v")
                        .isEmpty(),
                "classes folder (IDE, tests)");
        Optional<Path> image = Optional.of(Path.of("/opt/postwright/bin/Postwright"));
        assertTrue(
                CliFastStart.plan(image, jar, List.of(), launcher, check, cache(), null, null, 17, "v")
                        .isEmpty(),
                "the app image's own launcher");
    }

    @Test
    void threeRealRunsMarkThenWriteThenUseTheArchiveAndPassArgumentsAndExitCodeOn() throws Exception {
        // a dynamic archive sits on the JDK's own base archive; a JDK built without one cannot write it
        Assumptions.assumeTrue(
                Files.exists(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa")),
                "this JDK has no base class-data archive");
        Assumptions.assumeTrue(Runtime.version().feature() < 19, "JDK 19+ writes its archive itself");
        Path jar = tmp.resolve("probe.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Path classes = Path.of(CliFastStart.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path testClasses = Path.of(CliFastStartProbe.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            add(out, classes, "dev/postwright/app/CliFastStart");
            add(out, classes, "dev/postwright/app/FastStart");
            add(out, classes, "dev/postwright/workspace/AppPaths"); // where the cache folder is
            add(out, testClasses, "dev/postwright/app/CliFastStartProbe");
        }
        Path cache = tmp.resolve("xdg");
        assertEquals("1|child=true c1=true archive=none args=check,a b", run(jar, cache, "check", "a b"));
        String second = run(jar, cache, "check", "a b");
        assertTrue(second.startsWith("1|child=true c1=true archive=-XX:ArchiveClassesAtExit="), second);
        try (Stream<Path> files = Files.list(cache.resolve("postwright").resolve("cds"))) {
            List<String> names =
                    files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString()); // the archive and the mark, nothing half-written
            assertTrue(names.get(0).endsWith(".jsa") && names.get(1).endsWith(".seen"), names.toString());
        }
        String third = run(jar, cache, "list");
        assertTrue(third.startsWith("1|child=true c1=true archive=-XX:SharedArchiveFile="), third);
        assertEquals("1|child=null c1=false archive=none args=get,x", run(jar, cache, "get", "x"));
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

    private String run(Path jar, Path cache, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of(java.get().toString(), "-cp", jar.toString(), "dev.postwright.app.CliFastStartProbe"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
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
