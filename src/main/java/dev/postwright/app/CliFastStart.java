package dev.postwright.app;

import dev.postwright.workspace.AppPaths;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole-site commands ({@code check}, {@code list}) in a child JVM made for a short run: C1 only, Serial
 * GC and, from the third run on, a class-data-sharing archive of the app's classes. {@code java -jar} cannot pass
 * JVM flags; the child costs a second JVM start (about 0.1 s of CPU) and saves about 40% of a 1,000-post check's
 * CPU (bench/RESULTS.md, stop 15). A writer's own choice wins: with any JIT, GC or sharing flag given to
 * {@code java}, with an agent or debugger, outside a jar or not under {@code java}, or with
 * {@code -Dpostwright.fastStart=false}, the command runs in this JVM as before.
 *
 * <p>The archive: a JDK 17 archive holds for one jar at one path with one size and time, and one JVM, so it is
 * made on this machine, named by those, in the cache folder. Writing one costs a run about a third of a second, so
 * the first run only leaves a mark and the second writes it: a CI job with no cache never pays for an archive it
 * cannot keep. Each writer writes its own file and moves it into place atomically; a folder that cannot be written
 * (a read-only home) or a JVM that cannot write archives leaves the run with the flags alone, never failing it.
 * JDK 19+ makes and checks the archive itself ({@code -XX:+AutoCreateSharedArchive}).
 */
public final class CliFastStart {

    /** The commands worth a second JVM: they read a whole site. One file's {@code get} or {@code set} is not. */
    static final Set<String> COMMANDS = Set.of("check", "list");

    static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private CliFastStart() {}

    /** How the child uses the archive. */
    enum Archive {
        /** None yet: this run leaves the mark for the next one. */
        MARK,
        /** The next run after the mark: write it as the child exits. */
        WRITE,
        USE,
        /** JDK 19+: the JVM makes, checks and re-makes it. */
        AUTO,
        /** The cache folder cannot be written, or this JVM cannot write archives. */
        NONE
    }

    /** What to run, and the archive's files. */
    record Plan(List<String> command, Archive archive, Path file, Path writing, Path mark) {}

    /**
     * The child command, or empty to run in this JVM.
     *
     * @param jvmArgs this JVM's own arguments, passed on to the child
     * @param javaFeature the running JDK's feature release (17, 21, …)
     */
    static Optional<Plan> plan(
            Optional<Path> java,
            Optional<Path> jar,
            List<String> jvmArgs,
            String mainClass,
            String[] args,
            Path cacheDir,
            String enabled,
            String child,
            int javaFeature,
            String jvmVersion) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        if ("false".equalsIgnoreCase(enabled) || child != null || java.isEmpty() || jar.isEmpty()) {
            return Optional.empty();
        }
        if (jvmArgs.stream().anyMatch(CliFastStart::ownChoice)) {
            return Optional.empty();
        }
        String exe = java.get().getFileName().toString();
        if (!exe.equals("java") && !exe.equals("java.exe")) {
            return Optional.empty();
        }
        Path jarFile = jar.get();
        if (!Files.isRegularFile(jarFile) || !jarFile.getFileName().toString().endsWith(".jar")) {
            return Optional.empty();
        }
        String key;
        try {
            // whole seconds, as the JVM checks the jar: a CI cache (tar) restores the time without its fraction
            key = FastStart.key(jarFile.toAbsolutePath() + "|" + Files.size(jarFile) + "|"
                    + Files.getLastModifiedTime(jarFile).to(TimeUnit.SECONDS) + "|"
                    + java.get().toAbsolutePath() + "|" + jvmVersion);
        } catch (IOException e) {
            return Optional.empty();
        }
        Path file = cacheDir.resolve("cli-" + key + ".jsa");
        Path mark = cacheDir.resolve("cli-" + key + ".seen");
        // one name per process: two runs at once never write into the same file
        Path writing =
                cacheDir.resolve("cli-" + key + "-" + ProcessHandle.current().pid() + ".jsa.writing");
        Archive archive;
        if (Files.exists(FastStart.failed(file))) {
            archive = Archive.NONE;
        } else if (!Files.exists(mark) && !Files.isRegularFile(file)) {
            archive = Archive.MARK;
        } else if (javaFeature >= 19) {
            archive = Archive.AUTO;
        } else {
            archive = Files.isRegularFile(file) ? Archive.USE : Archive.WRITE;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get().toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(SHORT_RUN);
        switch (archive) {
            case USE -> cmd.add("-XX:SharedArchiveFile=" + file);
            case WRITE -> cmd.add("-XX:ArchiveClassesAtExit=" + writing);
            case AUTO -> cmd.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + file));
            default -> {}
        }
        cmd.add("-Xshare:auto"); // an archive the JVM cannot map is ignored, never an error
        cmd.add("-Xlog:cds=off"); // nor a warning on the writer's terminal
        cmd.add("-Xlog:cds+dynamic=off");
        cmd.add("-D" + FastStart.CHILD + "=true");
        cmd.add("-cp");
        cmd.add(jarFile.toString());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return Optional.of(new Plan(cmd, archive, file, writing, mark));
    }

    /** A JVM option that says the writer chose how this JVM runs (or one a second JVM would clash with). */
    static boolean ownChoice(String a) {
        return a.startsWith("-XX:TieredStopAtLevel")
                || a.startsWith("-XX:-TieredCompilation")
                || a.startsWith("-XX:+TieredCompilation")
                || (a.startsWith("-XX:+Use") || a.startsWith("-XX:-Use")) && a.endsWith("GC")
                || a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit")
                || a.startsWith("-XX:+AutoCreateSharedArchive")
                || a.startsWith("-Xshare")
                || a.equals("-Xint")
                || a.startsWith("-agentlib")
                || a.startsWith("-agentpath")
                || a.startsWith("-javaagent")
                || a.startsWith("-Xrunjdwp")
                || a.equals("-Xdebug")
                || a.startsWith("-D" + FastStart.CHILD);
    }

    /** Runs a whole-site command in a child JVM if a plan says so; its exit code, or empty to run here. */
    public static OptionalInt relaunch(Class<?> main, String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || System.getProperty(FastStart.CHILD) != null) {
            return OptionalInt.empty(); // before anything is looked up: the other commands pay nothing
        }
        return relaunch(main, args, AppPaths.cacheDir().resolve("cds"));
    }

    static OptionalInt relaunch(Class<?> main, String[] args, Path cacheDir) {
        Optional<Plan> plan = plan(
                ProcessHandle.current().info().command().map(Path::of),
                codeSource(main),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                main.getName(),
                args,
                cacheDir,
                System.getProperty(FastStart.ENABLED),
                System.getProperty(FastStart.CHILD),
                Runtime.version().feature(),
                System.getProperty("java.vm.version"));
        if (plan.isEmpty()) {
            return OptionalInt.empty();
        }
        Plan p = prepare(plan.get(), cacheDir);
        Process child;
        try {
            child = new ProcessBuilder(p.command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // could not start a JVM: run here as before
        }
        // a cancelled CI job stops the parent: the child goes with it
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        try {
            int code = child.waitFor();
            if (p.archive() == Archive.WRITE) {
                keep(p, code);
            }
            return OptionalInt.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /** Leaves the mark, or finds the folder cannot be written: then the child runs without an archive. */
    static Plan prepare(Plan p, Path cacheDir) {
        try {
            Files.createDirectories(cacheDir);
            if (p.archive() == Archive.MARK) {
                Files.writeString(p.mark(), "the next check writes a class-data archive\n");
            } else if (p.archive() == Archive.WRITE || p.archive() == Archive.AUTO) {
                Files.writeString(p.writing(), ""); // proves the folder takes files before the JVM is told to
                Files.delete(p.writing());
            }
            return p;
        } catch (IOException e) {
            return withoutArchive(p);
        }
    }

    static Plan withoutArchive(Plan p) {
        List<String> cmd = new ArrayList<>(p.command());
        cmd.removeIf(a -> a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit")
                || a.equals("-XX:+AutoCreateSharedArchive"));
        return new Plan(cmd, Archive.NONE, p.file(), p.writing(), p.mark());
    }

    /**
     * After the run that wrote the archive: moves it into place, and removes what older jars and JVMs left. A clean
     * run that wrote nothing means this JVM cannot write one: remembered, so later runs do not try again.
     */
    static void keep(Plan p, int code) {
        try {
            // only after an ordinary exit (0-2): a killed writer may have left half a file
            if (code <= 2 && Files.isRegularFile(p.writing()) && Files.size(p.writing()) > 0) {
                Files.move(p.writing(), p.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeStale(p);
                return;
            }
            Files.deleteIfExists(p.writing());
            if (code == 0 || code == 1) { // 1: problems found, a clean run too
                Files.writeString(FastStart.failed(p.file()), "no archive was written\n");
            }
        } catch (IOException ignored) {
            // the next run tries again
        }
    }

    /** Other keys' files, and files a killed writer left over an hour ago. */
    private static void removeStale(Plan p) throws IOException {
        String own = p.file().getFileName().toString().replace(".jsa", "");
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        try (var files = Files.list(p.file().getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith("cli-") || name.startsWith(own + ".")) {
                    continue;
                }
                boolean writingNow = name.endsWith(".writing")
                        && Files.getLastModifiedTime(f).compareTo(FileTime.from(hourAgo)) > 0;
                if (!writingNow) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static Optional<Path> codeSource(Class<?> main) {
        try {
            var source = main.getProtectionDomain().getCodeSource();
            return source == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
