package dev.postwright.app;

import dev.postwright.workspace.AppPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies the sample site bundled in the jar (or in {@code assets/} when run from the source tree) to
 * a writable folder on first run, so the bundled copy stays pristine and the writer's edits persist.
 */
public final class SampleSiteInstaller {

    static final String RESOURCE = "/dev/postwright/sample-site";

    private SampleSiteInstaller() {}

    /** Returns the writable sample site, copying it first if it is not there yet. */
    public static Path ensureInstalled(AppPaths paths) {
        Path target = paths.sampleSite();
        if (Files.isDirectory(target)) {
            return target;
        }
        try {
            Path staging = Files.createDirectories(paths.dataDir()).resolve("sample-site.tmp");
            deleteTree(staging);
            copyBundled(staging);
            Files.move(staging, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the sample site to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyBundled(Path staging) throws IOException {
        Path fromSource = Path.of("assets", "sample-site");
        if (Files.isDirectory(fromSource)) {
            copyTree(fromSource, staging);
            return;
        }
        var url = SampleSiteInstaller.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("the sample site is not bundled with this build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                copyTree(fs.getPath(RESOURCE), staging);
            } else {
                copyTree(Path.of(uri), staging);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path rel = from.relativize(p);
                Path dest = to;
                for (Path part : rel) {
                    dest = dest.resolve(part.toString());
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
