package dev.postwright.validation.body;

import dev.postwright.site.PostSummary;
import dev.postwright.site.Preset;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hugo publishes a page bundle's resources under the page's URL: {@code /posts/night-train/platform.png} is
 * {@code content/posts/night-train/platform.png} when {@code index.md} there has the URL
 * {@code /posts/night-train/}.
 */
final class BundleResources {

    private BundleResources() {
    }

    /** The bundle file a site-root path names, on Hugo sites; empty elsewhere or when there is none. */
    static Optional<Path> find(Site site, SiteIndex index, String path) {
        if (site.preset() != Preset.HUGO || !path.startsWith("/")) {
            return Optional.empty();
        }
        // Longest page URL first: /posts/a/img/x.png may be resource img/x.png of /posts/a/.
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String pageUrl = path.substring(0, slash + 1);
            String rest = path.substring(slash + 1);
            if (rest.isEmpty()) {
                continue;
            }
            for (PostSummary page : index.byUrl(pageUrl)) {
                Optional<Path> file = resource(page.path(), rest);
                if (file.isPresent()) {
                    return file;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> resource(Path page, String rest) {
        String name = page.getFileName().toString();
        if (!name.startsWith("index.") || page.getParent() == null) {
            return Optional.empty(); // only a leaf bundle (index.md) has its own folder of resources
        }
        try {
            Path bundle = page.getParent();
            Path file = bundle.resolve(rest).normalize();
            return file.startsWith(bundle) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
