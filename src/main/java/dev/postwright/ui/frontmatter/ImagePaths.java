package dev.postwright.ui.frontmatter;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Maps image files to the paths posts write (site-root under the public dir, else relative) and back to URLs. */
final class ImagePaths {

    private ImagePaths() {}

    static String reference(Path chosen, Path publicDir, Path postDir) {
        Path file = chosen.toAbsolutePath().normalize();
        if (publicDir != null && file.startsWith(publicDir.toAbsolutePath().normalize())) {
            return "/" + slashes(publicDir.toAbsolutePath().normalize().relativize(file));
        }
        if (postDir != null) {
            return slashes(postDir.toAbsolutePath().normalize().relativize(file));
        }
        return slashes(file);
    }

    static Optional<String> url(String value, Path publicDir, Path postDir) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            return Optional.of(v);
        }
        Path base = v.startsWith("/") ? publicDir : postDir;
        if (base == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    base.resolve(v.startsWith("/") ? v.substring(1) : v).toUri().toString());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
