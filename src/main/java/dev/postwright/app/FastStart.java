package dev.postwright.app;

import dev.postwright.workspace.AppPaths;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the window in a child JVM that maps the app's classes from a class-data-sharing archive made on this
 * machine: about 0.4 s less to a post on screen (bench/RESULTS.md). A JDK 17 archive only works for the jar at
 * the absolute path it was made for, so it cannot ship in the package; the first start writes it when the
 * window closes, later starts use it. Only from a jar run by a {@code java} executable (an IDE, {@code mvn
 * javafx:run} and the app image's own launcher start here as before); {@code -Dpostwright.fastStart=false}
 * turns it off.
 */
public final class FastStart {

    static final String ENABLED = "postwright.fastStart";
    static final String CHILD = "postwright.fastStart.child";

    private FastStart() {}

    /** What to run, and where the archive goes. */
    record Plan(List<String> command, Path archive, Path writing, boolean dumping) {}

    /**
     * The child command, or empty to start in this JVM.
     *
     * @param java the running {@code java} executable, if known
     * @param jar the jar this class was loaded from, if it was one
     * @param jvmArgs this JVM's own arguments, passed on to the child
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
            String jvmVersion,
            int processors) {
        if ("false".equalsIgnoreCase(enabled) || child != null || java.isEmpty() || jar.isEmpty()) {
            return Optional.empty();
        }
        if (jvmArgs.stream()
                .anyMatch(a -> a.startsWith("-agentlib")
                        || a.startsWith("-agentpath")
                        || a.startsWith("-javaagent")
                        || a.startsWith("-Xrunjdwp")
                        || a.equals("-Xdebug"))) {
            return Optional.empty(); // a debugger or agent is attached to this JVM: a second one would clash
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
            key = key(jarFile.toAbsolutePath() + "|" + Files.size(jarFile) + "|"
                    + Files.getLastModifiedTime(jarFile).toMillis() + "|"
                    + java.get().toAbsolutePath() + "|" + jvmVersion);
        } catch (IOException e) {
            return Optional.empty();
        }
        Path archive = cacheDir.resolve("postwright-" + key + ".jsa");
        // one name per process: two first starts at once must not write into the same file
        Path writing = cacheDir.resolve(
                "postwright-" + key + "-" + ProcessHandle.current().pid() + ".jsa.writing");
        boolean have = Files.isRegularFile(archive);
        if (!have && Files.exists(failed(archive))) {
            return Optional.empty(); // this JVM could not write one before: do not try at every start
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get().toString());
        for (String a : jvmArgs) {
            if (!a.startsWith("-XX:SharedArchiveFile")
                    && !a.startsWith("-XX:ArchiveClassesAtExit")
                    && !a.startsWith("-Xshare")
                    && !a.startsWith("-D" + CHILD)) {
                cmd.add(a);
            }
        }
        cmd.addAll(WindowJvm.options(processors, jvmArgs));
        cmd.add(have ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + writing);
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off"); // a class the archive cannot hold is not the writer's business
        cmd.add("-Xlog:cds+dynamic=off");
        cmd.add("-D" + CHILD + "=true");
        cmd.add("-cp");
        cmd.add(jarFile.toString());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return Optional.of(new Plan(cmd, archive, writing, !have));
    }

    /** Runs the window in a child JVM if a plan says so; its exit code, or empty to start here. */
    public static OptionalInt relaunch(Class<?> main, String[] args) {
        return relaunch(main, args, AppPaths.cacheDir().resolve("cds"));
    }

    static OptionalInt relaunch(Class<?> main, String[] args, Path cacheDir) {
        Optional<Path> java = ProcessHandle.current().info().command().map(Path::of);
        Optional<Path> jar = codeSource(main);
        Optional<Plan> plan = plan(
                java,
                jar,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                main.getName(),
                args,
                cacheDir,
                System.getProperty(ENABLED),
                System.getProperty(CHILD),
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors());
        if (plan.isEmpty()) {
            return OptionalInt.empty();
        }
        Plan p = plan.get();
        try {
            Files.createDirectories(cacheDir);
            Process child = new ProcessBuilder(p.command()).inheritIO().start();
            int code = child.waitFor();
            if (p.dumping()) {
                keepArchive(p, code);
            }
            return OptionalInt.of(code);
        } catch (IOException e) {
            return OptionalInt.empty(); // could not start a JVM: start here as before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * After a first start: keeps the archive the child wrote, and removes the ones made for an older jar or JVM.
     * A clean exit without an archive means this JVM cannot write one (no base archive, say): remembered, so
     * later starts do not pay for trying. A crash (no archive, an exit code) leaves the next start to try again.
     */
    static void keepArchive(Plan p, int code) {
        try {
            boolean written = Files.isRegularFile(p.writing()) && Files.size(p.writing()) > 0;
            if (written) { // the JVM writes it as it exits, whatever the exit code
                Files.move(
                        p.writing(), p.archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                try (var old = Files.list(p.archive().getParent())) {
                    for (Path f : old.toList()) {
                        String name = f.getFileName().toString();
                        if (!f.equals(p.archive()) && name.startsWith("postwright-") && name.endsWith(".jsa")) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
                return;
            }
            Files.deleteIfExists(p.writing());
            if (code == 0) {
                Files.writeString(failed(p.archive()), "no archive was written\n");
            }
        } catch (IOException ignored) {
            // the next start tries again
        }
    }

    static Path failed(Path archive) {
        String name = archive.getFileName().toString();
        return archive.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + ".failed");
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

    static String key(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
