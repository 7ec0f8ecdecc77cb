package dev.postwright.workspace;

import dev.postwright.render.Heading;
import dev.postwright.render.LinkRef;
import dev.postwright.render.UrlText;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.validation.PostAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the link picker offers: posts found by a fuzzy search of title, slug and URL, the chosen post's heading
 * anchors, and the link text in the style the post (else the site) already writes links — site-root URLs
 * ({@code /posts/x/#a}) or relative file paths ({@code ../x.md#a}). Every link offered is one {@code check}
 * accepts: URLs come from the index, anchors from the target's headings, paths from files that exist.
 */
public final class LinkPicker {

    /** How links to other posts are written. */
    public enum Style {
        SITE_ROOT,
        RELATIVE
    }

    /** A post found, with its score (higher is better). */
    public record Found(PostSummary post, int score) {}

    /** An image that can be linked, and the path to write for it from the current post. */
    public record ImageChoice(Path file, String link) {}

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif");
    private static final int MAX_IMAGES = 500;

    private final SiteSession session;

    public LinkPicker(SiteSession session) {
        this.session = session;
    }

    /**
     * Posts matching {@code query} in title, slug or URL, best first; all posts (by title) for an empty query. Posts
     * of a collection no route publishes are left out: a link to them would lead nowhere.
     */
    public List<Found> findPosts(String query, int limit) {
        List<Found> found = new ArrayList<>();
        for (PostSummary p : session.index().all()) {
            if (!session.site().isPublished(p.path())) {
                continue;
            }
            OptionalInt best = OptionalInt.empty();
            for (String field : List.of(p.title(), p.slug(), p.url())) {
                OptionalInt s = FuzzyMatch.score(query, field == null ? "" : field);
                if (s.isPresent() && (best.isEmpty() || s.getAsInt() > best.getAsInt())) {
                    best = s;
                }
            }
            if (best.isPresent()) {
                found.add(new Found(p, best.getAsInt()));
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> -f.score())
                .thenComparing(f -> f.post().title().toLowerCase(Locale.ROOT)));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** The headings of a post in text order, each with the id its anchor has. */
    public List<Heading> anchors(PostSummary target) {
        return session.analysis(target.path()).map(a -> a.markdown().headings()).orElse(List.of()).stream()
                .filter(h -> target.headingIds().contains(h.id()))
                .toList();
    }

    /**
     * The style {@code from} already uses for links to other posts; with none, the style most used across the
     * site; with none there either, site-root URLs (what every generator serves).
     */
    public Style styleFor(Path from) {
        int[] own = count(session.analysis(from).stream().toList());
        if (own[0] + own[1] > 0) {
            return own[1] > own[0] ? Style.RELATIVE : Style.SITE_ROOT;
        }
        List<PostAnalysis> all = new ArrayList<>();
        session.index().all().forEach(p -> session.analysis(p.path()).ifPresent(all::add));
        int[] site = count(all);
        return site[1] > site[0] ? Style.RELATIVE : Style.SITE_ROOT;
    }

    /** {site-root links to posts, relative links to post files}. */
    private int[] count(List<PostAnalysis> posts) {
        int[] n = new int[2];
        for (PostAnalysis a : posts) {
            for (LinkRef link : a.markdown().links()) {
                String dest = link.destination().strip();
                if (dest.isEmpty() || dest.startsWith("#") || UrlText.isRemote(dest)) {
                    continue;
                }
                String path = UrlText.path(dest);
                if (path.startsWith("/")) {
                    n[0] += session.index().byUrl(UrlText.percentDecode(path)).isEmpty() ? 0 : 1;
                } else if (path.endsWith(".md") || path.endsWith(".mdx") || path.endsWith(".markdown")) {
                    n[1]++;
                }
            }
        }
        return n;
    }

    /**
     * The link destination from post {@code from} to {@code target} (and its heading, if any) in {@code style}; a
     * post whose URL another post also claims is linked by file path, the one link to it that cannot go astray.
     */
    public String destination(Path from, PostSummary target, Optional<Heading> anchor, Style style) {
        String fragment = anchor.map(h -> "#" + h.id()).orElse("");
        Path self = from.toAbsolutePath().normalize();
        if (target.path().equals(self) && !fragment.isEmpty()) {
            return fragment;
        }
        List<PostSummary> sameUrl = session.index().byUrl(target.url());
        boolean urlIsOurs = !sameUrl.isEmpty() && sameUrl.get(0).path().equals(target.path());
        if (style == Style.RELATIVE || !urlIsOurs) {
            // two posts on one URL (slug.duplicate): the URL leads to the other one, the file path does not
            return encodePath(relative(self, target.path())) + fragment;
        }
        return target.url() + fragment;
    }

    /** The markdown to insert: {@code [text](destination)}; the text defaults to the heading or the title. */
    public static String markdown(String text, String destination) {
        String t = text.replace("[", "\\[").replace("]", "\\]");
        return "[" + t + "](" + destination + ")";
    }

    /**
     * Images the post can show, with the path to write: files under the public folder as site-root paths, files
     * under {@code src/assets} and in the post's own folder as paths relative to the post.
     */
    public List<ImageChoice> images(Path from) {
        Site site = session.site();
        Path self = from.toAbsolutePath().normalize();
        List<ImageChoice> out = new ArrayList<>();
        Path pub = site.publicDir();
        if (pub != null && !pub.equals(site.root())) {
            for (Path f : imagesUnder(pub, true)) {
                out.add(new ImageChoice(f, "/" + encodePath(slashes(pub.relativize(f)))));
            }
        }
        for (Path dir : List.of(site.root().resolve("src/assets"), self.getParent())) {
            for (Path f : imagesUnder(dir, dir.equals(site.root().resolve("src/assets")))) {
                ImageChoice c = new ImageChoice(f, encodePath(relative(self, f)));
                if (out.stream().noneMatch(o -> o.file().equals(f))) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static List<Path> imagesUnder(Path dir, boolean deep) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = deep ? Files.walk(dir) : Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(LinkPicker::isImage)
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted()
                    .limit(MAX_IMAGES)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable folder offers nothing; the picker still works
        }
    }

    private static boolean isImage(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String relative(Path from, Path to) {
        String rel = slashes(from.getParent().relativize(to));
        return rel;
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** Spaces and parentheses would end or break a markdown link destination. */
    private static String encodePath(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
