package dev.postwright.site;

import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.site.generator.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A detected static site: where its posts live, the fields they carry and how their URLs are formed.
 *
 * @param root absolute site root (for a lone file: its folder)
 * @param contentDirs absolute content folders
 * @param publicDir absolute public folder (site-root paths such as {@code /img/a.png} resolve here)
 * @param schemaNote where the schema came from, or why it fell back to the preset
 * @param urlPattern URL pattern in {@link SiteConfig#url()} syntax
 * @param lone true when no site was found and the opened file's folder stands in for one
 * @param warnings problems met while detecting (bad {@code .postwright.yml}, missing content folder)
 * @param sectionUrlPatterns per first content folder ({@code posts}), a pattern replacing {@code urlPattern}:
 *     Hugo's {@code [permalinks]}
 * @param collections per absolute content folder, its collection and the routes that publish it (Astro's
 *     {@code src/pages}); a folder missing here is published under {@code urlPattern}
 */
public record Site(
        Path root,
        Preset preset,
        List<Path> contentDirs,
        Path publicDir,
        Schema schema,
        SiteConfig config,
        String schemaNote,
        String urlPattern,
        boolean lone,
        List<String> warnings,
        Map<String, String> sectionUrlPatterns,
        Map<Path, SiteCollection> collections) {

    public Site {
        contentDirs = List.copyOf(contentDirs);
        warnings = List.copyOf(warnings);
        sectionUrlPatterns = Map.copyOf(sectionUrlPatterns);
        collections = Map.copyOf(collections);
    }

    public YamlDialect dialect() {
        return generator().dialect();
    }

    /** The generator that builds this site: the judge of posts, URLs, fields and routes. */
    public Generator generator() {
        return preset.generator();
    }

    /** Whether the generator builds a post from this file (right folder, extension and name). */
    public boolean isPost(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Optional<Path> base = contentDirOf(abs);
        if (base.isEmpty() || abs.equals(base.get())) {
            return false;
        }
        for (Path segment : base.get().relativize(abs)) {
            if (segment.toString().startsWith(".")) {
                return false;
            }
        }
        String name = abs.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0
                || !generator().extensions().contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return generator().isPostName(name);
    }

    /** All posts under the content folders, sorted by their root-relative path; hidden folders skipped. */
    public List<Path> listPosts() {
        TreeSet<Path> posts = new TreeSet<>(Comparator.comparing(this::relativize));
        for (Path dir : contentDirs) {
            if (Files.isDirectory(dir)) {
                walk(dir, posts);
            }
        }
        return new ArrayList<>(posts);
    }

    private void walk(Path dir, TreeSet<Path> posts) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden =
                            !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    // A FIFO or a link to a device named like a post is listed so `check` reports it (reading
                    // refuses it before opening); links to regular files stay out, as before.
                    boolean special = attrs.isOther()
                            || attrs.isSymbolicLink()
                                    && Files.exists(f)
                                    && !Files.isRegularFile(f)
                                    && !Files.isDirectory(f);
                    if ((attrs.isRegularFile() || special) && isPost(f)) {
                        posts.add(f.toAbsolutePath().normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable file is reported when opened, not here
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content folder holding the file (the deepest one when folders nest). */
    public Optional<Path> contentDirOf(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return contentDirs.stream().filter(abs::startsWith).max(Comparator.comparingInt(Path::getNameCount));
    }

    /** The slug the generator uses for the post: a slug field it reads, else one made from the path. */
    public String slugOf(Path postFile, PostUrlFields fields) {
        return generator().slugOf(this, postFile, fields);
    }

    /**
     * The post's site URL, starting with {@code /}: e.g. {@code /posts/my-post/}; empty when no route of the site
     * publishes its collection.
     */
    public String urlOf(Path postFile, PostUrlFields fields) {
        return isPublished(postFile) ? generator().urlOf(this, postFile, fields) : "";
    }

    /**
     * The schema a post follows: its collection's own when the site declares one for it (a {@code notes}
     * collection beside {@code blog}), else the site's.
     */
    public Schema schemaFor(Path postFile) {
        return postFile == null
                ? schema
                : collectionOf(postFile).flatMap(SiteCollection::schema).orElse(schema);
    }

    /** The collection of the content folder holding the file, when the generator names one. */
    public Optional<SiteCollection> collectionOf(Path file) {
        return contentDirOf(file).map(collections::get);
    }

    /** Whether the site builds a page for this post: false when its collection has no page route. */
    public boolean isPublished(Path postFile) {
        return collectionOf(postFile).map(SiteCollection::published).orElse(true);
    }

    /** The URL pattern of the post's collection, else the site's. */
    public String urlPatternOf(Path postFile) {
        return collectionOf(postFile).flatMap(SiteCollection::urlPattern).orElse(urlPattern);
    }

    /** The URL patterns of every published collection (the site's own first), for link prefixes and routes. */
    public List<String> urlPatterns() {
        List<String> patterns = new ArrayList<>(List.of(urlPattern));
        collections.values().stream()
                .filter(SiteCollection::published)
                .flatMap(c -> c.urlPattern().stream())
                .filter(p -> !patterns.contains(p))
                .distinct()
                .sorted()
                .forEach(patterns::add);
        return patterns;
    }

    /** The path relative to the root with {@code /} separators; absolute (with {@code /}) when outside. */
    public String relativize(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }

    /** A site-root path such as {@code /images/a.png} resolved in the public folder. */
    public Path resolvePublic(String siteRootPath) {
        String rel = siteRootPath.startsWith("/") ? siteRootPath.substring(1) : siteRootPath;
        return publicDir.resolve(rel).normalize();
    }
}
