package dev.postwright.workspace.git;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.render.ImageRef;
import dev.postwright.render.ResolvedImage;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.Site;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.workspace.git.PostDiff.ImageChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The images a post references (markdown and HTML images in the body, image files named by front matter fields
 * such as {@code ogImage} or {@code cover}) that git sees as new or changed: what a commit of the post should
 * carry. Paths are resolved the way validation and the preview resolve them ({@link SiteImageResolver}).
 */
final class PostImages {

    private static final Set<String> IMAGE_EXTENSIONS =
            Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "ico");

    private final Repository repo;
    private final SitePaths paths;

    PostImages(Repository repo, SitePaths paths) {
        this.repo = repo;
        this.paths = paths;
    }

    /** Every local image file the post references, in the order it references them. */
    static List<Path> referenced(Site site, PostAnalysis post) {
        SiteImageResolver resolver = new SiteImageResolver(
                site.root(),
                site.publicDir(),
                post.path().getParent(),
                () -> site.generator().importAliases(site.root()));
        Map<Path, Boolean> files = new LinkedHashMap<>();
        for (ImageRef image : post.markdown().images()) {
            local(resolver, image.src()).ifPresent(f -> files.put(f, true));
        }
        FrontmatterDocument fm = post.frontmatter();
        for (FrontmatterDocument.Entry e : fm.entries()) {
            if (e.value() instanceof YamlValue.Scalar s && s.value() != null && isImageName(s.value())) {
                local(resolver, s.value()).ifPresent(f -> files.put(f, true));
            }
        }
        return new ArrayList<>(files.keySet());
    }

    /** Those of {@code images} that are new, added, modified or staged. */
    List<ImageChange> changed(List<Path> images) throws IOException {
        Map<String, Path> byRepoPath = new LinkedHashMap<>();
        for (Path p : images) {
            Path real = SitePaths.real(p);
            if (real.startsWith(paths.workTree())) {
                byRepoPath.put(paths.toRepoPath(real), p);
            }
        }
        if (byRepoPath.isEmpty()) {
            return List.of();
        }
        IndexDiff diff = new IndexDiff(repo, Constants.HEAD, new FileTreeIterator(repo));
        diff.setFilter(PathFilterGroup.createFromStrings(byRepoPath.keySet()));
        diff.diff();
        List<ImageChange> changes = new ArrayList<>();
        byRepoPath.forEach((repoPath, file) -> {
            GitFileState state = diff.getUntracked().contains(repoPath)
                    ? GitFileState.NEW
                    : diff.getAdded().contains(repoPath)
                            ? GitFileState.ADDED
                            : diff.getModified().contains(repoPath)
                                    ? GitFileState.MODIFIED
                                    : diff.getChanged().contains(repoPath) ? GitFileState.STAGED : null;
            if (state != null) {
                changes.add(new ImageChange(file, state));
            }
        });
        return changes;
    }

    private static Optional<Path> local(SiteImageResolver resolver, String src) {
        if (src == null || src.isBlank() || src.strip().toLowerCase(Locale.ROOT).startsWith("data:")) {
            return Optional.empty();
        }
        if (resolver.resolve(src.strip()) instanceof ResolvedImage.Local local && Files.isRegularFile(local.file())) {
            return Optional.of(local.file().toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    private static boolean isImageName(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int q = v.indexOf('?');
        v = q < 0 ? v : v.substring(0, q);
        int dot = v.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(v.substring(dot + 1)) && !v.contains("://");
    }
}
