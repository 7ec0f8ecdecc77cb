package dev.postwright.site;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostWriteException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Where an image pasted or dropped into a post goes, under a safe name, and the path the post links it by.
 * AstroPaper and Hugo: the public folder under {@code images/<slug>/}, linked site-root; a lone post: next to it.
 */
public final class ImageImport {

    /** A planned copy: the file to write and the link text for the markdown. */
    public record Target(Path file, String link) {}

    private final Site site;

    public ImageImport(Site site) {
        this.site = site;
    }

    /** The target for an image named {@code originalName} in the post with the given slug; never overwrites. */
    public Target target(Path post, String slug, String originalName) {
        String name = safeName(originalName);
        if (site.lone()) {
            Path dir = post.toAbsolutePath().getParent();
            Path file = unique(dir.resolve(name));
            return new Target(file, "./" + file.getFileName());
        }
        String folder = slug.isBlank() ? "misc" : safeName(slug.replace('/', '-'));
        Path dir = site.publicDir().resolve("images").resolve(folder);
        Path file = unique(dir.resolve(name));
        String rel = site.publicDir().relativize(file).toString().replace('\\', '/');
        return new Target(file, "/" + rel);
    }

    /** Copies the image to the target through the same atomic writer as posts, and returns the link text. */
    public String write(Target target, InputStream image) throws IOException {
        Files.createDirectories(target.file().getParent());
        try {
            PostFile.writeBytesAtomic(target.file(), image.readAllBytes());
        } catch (PostWriteException e) {
            throw new IOException(e.getMessage(), e);
        }
        return target.link();
    }

    /** Lower-case ASCII letters, digits, '-' and '.', keeping the extension; "image.png" when nothing is left. */
    public static String safeName(String original) {
        String n = Normalizer.normalize(original.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (n.isEmpty() || n.startsWith(".")) {
            return "image.png";
        }
        return n;
    }

    private static Path unique(Path file) {
        if (!Files.exists(file)) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            Path candidate = file.resolveSibling(base + "-" + i + ext);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
