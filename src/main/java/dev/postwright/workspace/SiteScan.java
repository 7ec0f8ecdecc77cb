package dev.postwright.workspace;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.site.SiteConfig;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.Parallel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first, cheap look at a site being opened: the site detected, its posts listed and, for a large site, each
 * post's front matter read (not its body) so the window can list the posts while {@link SiteSession} reads every
 * post in full. On the generated 10,000-post site the full read takes 10-20 s on two cores, the front matter alone a
 * few seconds, and its first batch arrives in a fraction of that (issue 23).
 *
 * @param posts every post file, plus the file that was opened when it is not one of the site's posts
 */
public record SiteScan(Site site, List<Path> posts) {

    /**
     * Sites with fewer posts are read in full in about the time the front matter alone would take, so they are not
     * scanned twice; the sidebar then gets all its rows with the finished session, as before.
     */
    public static final int EARLY_ROWS_FROM = 200;

    /** Posts per batch handed to {@link EarlyPosts}: small enough that the first batch comes at once. */
    static final int BATCH = 100;

    public SiteScan {
        posts = List.copyOf(posts);
    }

    /** Detects the site around {@code path} and lists its posts; reads their front matter into {@code early}. */
    public static SiteScan scan(Path path, SiteConfig base, EarlyPosts early) {
        Site site = SiteDetector.detect(path, Optional.empty(), base);
        List<Path> posts = new ArrayList<>(site.listPosts());
        Path abs = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs) && !posts.contains(abs)) {
            posts.add(abs);
        }
        SiteScan scan = new SiteScan(site, posts);
        if (posts.size() >= EARLY_ROWS_FROM) {
            scan.readFrontMatter(early);
        }
        return scan;
    }

    /** In batches, in parallel; a post that cannot be read is left to the full read, which reports it. */
    private void readFrontMatter(EarlyPosts early) {
        List<List<Path>> batches = new ArrayList<>();
        for (int i = 0; i < posts.size(); i += BATCH) {
            batches.add(posts.subList(i, Math.min(posts.size(), i + BATCH)));
        }
        Parallel.map(batches, batch -> {
            List<PostSummary> summaries = new ArrayList<>(batch.size());
            for (Path p : batch) {
                summary(p).ifPresent(summaries::add);
            }
            early.add(summaries);
            return summaries.size();
        });
    }

    /** The post's summary from its front matter; without heading ids, which need the body. */
    Optional<PostSummary> summary(Path post) {
        try {
            String text = PostFile.read(post).text();
            FrontmatterDocument fm =
                    FrontmatterDocument.parse(text.substring(0, FrontmatterDocument.blockEnd(text)), site.dialect());
            return Optional.of(PostSummaries.of(site, post, fm, List.of()));
        } catch (PostReadException | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
