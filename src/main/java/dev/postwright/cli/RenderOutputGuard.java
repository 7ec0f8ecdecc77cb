package dev.postwright.cli;

import dev.postwright.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether {@code render -o} may write its HTML to a path: never over the post itself (by any name: a
 * symbolic or hard link to it), never over a markdown file, never over a post of the site. A writer's text is
 * worth more than an HTML file, so any doubt refuses.
 */
final class RenderOutputGuard {
    /** Markdown spellings a writer's text lives in, whatever the site's generator reads. */
    private static final Set<String> MARKDOWN =
            Set.of("md", "mdx", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext", "rmd");

    private RenderOutputGuard() {}

    /** Why {@code out} must not be written, or empty when it may be. */
    static Optional<String> refusal(Path post, Path out, Site site) {
        Path target = out.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(target)) {
                if (!Files.exists(target)) {
                    return Optional.of(out + " is a symbolic link to a file that does not exist; give the path of"
                            + " an .html file instead.");
                }
                target = target.toRealPath();
            }
            if (Files.exists(target) && Files.isSameFile(target, post)) {
                return Optional.of(out + " is the post itself: rendering over it would replace your text with"
                        + " HTML. Give another file, such as " + htmlName(post) + ".");
            }
        } catch (IOException e) {
            return Optional.of("cannot tell whether " + out + " is safe to write (" + e.getMessage() + ")."
                    + " Give another output file.");
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (MARKDOWN.contains(ext) || site.generator().extensions().contains(ext)) {
            return Optional.of(out + " is a markdown file: render writes HTML and will not overwrite markdown."
                    + " Give an .html file, such as " + htmlName(post) + ".");
        }
        if (site.isPost(target)) {
            return Optional.of(out + " is a post of the site (in " + site.relativize(target.getParent())
                    + "): render will not overwrite it. Give an .html file outside the content folders.");
        }
        return Optional.empty();
    }

    private static String htmlName(Path post) {
        String name = post.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + ".html";
    }
}
