package dev.postwright.validation.body;

import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.site.generator.TemplateLinks;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks the links a template tag makes ({@code post_url}, {@code link}, {@code ref}, {@code relref}): Jekyll and
 * Hugo stop the build when the target is missing, so a missing one is {@code link.post-missing} or
 * {@code link.broken}.
 */
final class TemplateLinkCheck {

    private TemplateLinkCheck() {}

    static void check(PostAnalysis post, RuleContext ctx, List<TemplateLinks.Tag> tags) {
        Site site = ctx.site();
        for (TemplateLinks.Tag tag : tags) {
            if (tag.offset() < post.frontmatter().bodyOffset()) {
                continue;
            }
            int line = post.lines().line(tag.offset());
            int column = post.lines().column(tag.offset());
            switch (tag.kind()) {
                case POST_URL -> {
                    if (!postNamed(ctx, tag.target())) {
                        ctx.report(
                                RuleId.LINK_POST_MISSING,
                                line,
                                column,
                                "{% post_url " + tag.target()
                                        + " %} names no post in _posts (Jekyll's build stops on it): use the post's file"
                                        + " name without .md, such as 2020-01-01-my-post.");
                    }
                }
                case SITE_FILE -> {
                    if (!isFile(site.root(), tag.target())) {
                        ctx.report(
                                RuleId.LINK_BROKEN,
                                line,
                                column,
                                "{% link " + tag.target() + " %} names no file"
                                        + " of the site (Jekyll's build stops on it): give the path from the site folder,"
                                        + " such as _posts/2020-01-01-my-post.md.");
                    }
                }
                case CONTENT_REF -> {
                    if (!contentPage(site, post.path(), tag.target())) {
                        ctx.report(
                                RuleId.LINK_POST_MISSING,
                                line,
                                column,
                                "ref/relref \"" + tag.target()
                                        + "\" names no page in the content folder (Hugo's build stops with REF_NOT_FOUND):"
                                        + " give the page's path, such as posts/my-post.md.");
                    }
                }
                case IMAGE_SRC ->
                    ImageRule.missing(post, ctx, tag.target())
                            .ifPresent(tried -> ctx.report(
                                    RuleId.IMAGE_MISSING,
                                    line,
                                    column,
                                    "The figure's image " + tag.target() + " was not found (looked for " + tried
                                            + "). Add the file there or fix the src."));
                default -> throw new IllegalStateException(tag.kind().toString());
            }
        }
    }

    /** post_url takes the file name without extension, optionally with the folders under _posts. */
    private static boolean postNamed(RuleContext ctx, String name) {
        String wanted = name.replace('\\', '/');
        for (PostSummary p : ctx.index().all()) {
            String rel = p.relPath().replace('\\', '/');
            int dot = rel.lastIndexOf('.');
            String noExt = dot > rel.lastIndexOf('/') ? rel.substring(0, dot) : rel;
            if (noExt.equals(wanted) || noExt.endsWith("/" + wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFile(Path root, String rel) {
        try {
            Path file =
                    root.resolve(rel.startsWith("/") ? rel.substring(1) : rel).normalize();
            return file.startsWith(root) && Files.isRegularFile(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Hugo's lookup: the path relative to the page, then to the content folder; {@code .md} may be left out and
     * a bundle is named by its folder; a bare name matches any page with that file or bundle name.
     */
    private static boolean contentPage(Site site, Path page, String target) {
        String t = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        if (t.isEmpty()) {
            return true; // "#anchor" alone is this page
        }
        String rel = t.startsWith("/") ? t.substring(1) : t;
        try {
            for (Path base : bases(site, page, t.startsWith("/"))) {
                Path p = base.resolve(rel).normalize();
                if (Files.isRegularFile(p)
                        || Files.isRegularFile(p.resolveSibling(p.getFileName() + ".md"))
                        || Files.isRegularFile(p.resolve("index.md"))
                        || Files.isRegularFile(p.resolve("_index.md"))) {
                    return true;
                }
            }
        } catch (InvalidPathException e) {
            return false;
        }
        if (rel.contains("/")) {
            return false;
        }
        String name = rel.toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
        return site.contentDirs().stream().anyMatch(dir -> hasPageNamed(dir, name));
    }

    private static List<Path> bases(Site site, Path page, boolean fromRoot) {
        return fromRoot
                ? site.contentDirs()
                : Stream.concat(Stream.of(page.getParent()), site.contentDirs().stream())
                        .toList();
    }

    private static boolean hasPageNamed(Path dir, String name) {
        try (Stream<Path> files = Files.walk(dir, 12)) {
            return files.anyMatch(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.equals(name + ".md")
                        || Files.isDirectory(f) && n.equals(name) && Files.isRegularFile(f.resolve("index.md"));
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
