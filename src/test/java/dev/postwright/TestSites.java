package dev.postwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Sites for tests that change files: copies of the bundled ones (which stay pristine), empty sites with the marker
 * files each generator is detected by, and file helpers.
 */
public final class TestSites {

    private TestSites() {}

    /** An empty AstroPaper (v5) site: its config, the blog folder and {@code public/}. */
    public static Path astroPaper(Path root) {
        write(root, "astro.config.mjs", "export default {};\n");
        mkdirs(root.resolve("src/data/blog"));
        mkdirs(root.resolve("public"));
        return root;
    }

    /** An empty Hugo site: {@code hugo.toml} and {@code static/}. */
    public static Path hugo(Path root) {
        write(root, "hugo.toml", "title = \"t\"\n");
        write(root, "static/.keep", "");
        return root;
    }

    /** An empty Jekyll site: {@code _config.yml} and {@code _posts/}. */
    public static Path jekyll(Path root) {
        write(root, "_config.yml", "title: t\n");
        write(root, "_posts/.keep", "");
        return root;
    }

    /** Copies {@code assets/sample-site} (tests run from the project root) to {@code to}. */
    public static Path copySampleSite(Path to) throws IOException {
        return copy(Path.of("assets/sample-site"), to);
    }

    /** Copies a folder tree; {@code options} apply to each file ({@code COPY_ATTRIBUTES} keeps the times). */
    public static Path copy(Path from, Path to, CopyOption... options) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, options);
                }
            }
        }
        return to;
    }

    /** Writes {@code text} (UTF-8) to {@code root/rel}, creating folders; returns the file. */
    public static Path write(Path root, String rel, String text) {
        return write(root.resolve(rel), text);
    }

    /** Writes {@code text} (UTF-8) to {@code file}, creating folders; returns the file. */
    public static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}, creating folders; returns the file. */
    public static Path write(Path file, byte[] bytes) {
        try {
            mkdirs(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text (UTF-8). */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
