package dev.postwright.validation.body;

import dev.postwright.render.HtmlTag;
import dev.postwright.render.LinkRef;
import dev.postwright.render.UndefinedReference;
import dev.postwright.render.UrlText;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.site.SiteCollection;
import dev.postwright.site.generator.LiquidText;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Links in the body that lead nowhere: {@code link.broken}, {@code link.post-missing}, {@code link.anchor},
 * {@code link.empty} and {@code link.reference-undefined}. Reported at the link's {@code [} (or {@code <} for
 * an HTML {@code <a>}). External links are left to the online check.
 */
public final class LinkRule implements Rule {

    /** The suggester for the index's URL list it was built from; rebuilt when the index changes. */
    private record UrlSuggester(List<String> urls, NearestName nearest) {}

    private final AtomicReference<UrlSuggester> urlSuggester = new AtomicReference<>();

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        Anchors anchors = new Anchors(post);
        boolean liquid = ctx.site().generator().liquid();
        List<int[]> liquidBlocks = ctx.site().generator().unlinkedBlocks(post.text());
        for (LinkRef link : post.markdown().links()) {
            if (link.kind() == LinkRef.Kind.REFERENCE && !link.referenceDefined()) {
                continue; // reported below, from undefinedReferences()
            }
            if (LiquidText.inside(liquidBlocks, link.offset())) {
                continue; // highlight is code, raw and comment are not markdown to Jekyll (Hugo: highlight)
            }
            check(post, ctx, liquid ? withoutBaseurl(link) : link, anchors);
        }
        if (liquid) {
            for (LiquidText.LiquidLink l : LiquidText.spacedBaseurlLinks(post.text())) {
                if (!LiquidText.inside(liquidBlocks, l.offset())
                        && l.offset() >= post.frontmatter().bodyOffset()) {
                    String dest = LiquidText.withoutBaseurl(l.destination());
                    check(
                            post,
                            ctx,
                            new LinkRef(
                                    LinkRef.Kind.INLINE,
                                    dest,
                                    UrlText.percentDecode(dest),
                                    l.text(),
                                    null,
                                    true,
                                    post.lines().line(l.offset()),
                                    post.lines().column(l.offset()),
                                    l.offset()),
                            anchors);
                }
            }
        }
        TemplateLinkCheck.check(post, ctx, ctx.site().generator().templateLinks(post.text()));
        for (UndefinedReference ref : post.markdown().undefinedReferences()) {
            ctx.report(
                    RuleId.LINK_REFERENCE_UNDEFINED,
                    ref.line(),
                    ref.column(),
                    "The reference [" + ref.label() + "] has no definition. Add a line '[" + ref.label()
                            + "]: URL' to the post, or write the link inline as [" + ref.text() + "](URL).");
        }
    }

    /**
     * One post's anchor targets, worked out once per check rather than once per link: a post with thousands of
     * headings and as many {@code #} links made both quadratic.
     */
    private static final class Anchors {
        private final PostAnalysis post;
        private Set<String> own;
        private final Map<Collection<String>, NearestName> nearest = new IdentityHashMap<>();

        Anchors(PostAnalysis post) {
            this.post = post;
        }

        Set<String> own() {
            if (own == null) {
                own = ownIds(post);
            }
            return own;
        }

        Optional<String> closest(String fragment, Collection<String> ids) {
            return nearest.computeIfAbsent(ids, NearestName::new).closest(fragment);
        }
    }

    /** Jekyll's {@code {{ site.baseurl }}/x} is the site-root path {@code /x} once Liquid has run. */
    private static LinkRef withoutBaseurl(LinkRef l) {
        String dest = LiquidText.withoutBaseurl(l.destination());
        return dest.equals(l.destination())
                ? l
                : new LinkRef(
                        l.kind(),
                        dest,
                        UrlText.percentDecode(dest),
                        l.text(),
                        l.referenceLabel(),
                        l.referenceDefined(),
                        l.line(),
                        l.column(),
                        l.offset());
    }

    private void check(PostAnalysis post, RuleContext ctx, LinkRef link, Anchors anchors) {
        String dest = link.destination().strip();
        if (dest.isEmpty() || dest.equals("#")) {
            ctx.report(
                    RuleId.LINK_EMPTY,
                    link.line(),
                    link.column(),
                    "The link '" + link.text() + "' has no target" + (dest.isEmpty() ? "" : " (just '#')")
                            + ". Add the URL it should open.");
            return;
        }
        if (UrlText.isRemote(dest) || Urls.hasScheme(dest)) {
            return; // external (http, mailto, tel, …): the online check's business
        }
        String path = UrlText.percentDecode(UrlText.path(dest));
        String fragment = fragmentOf(dest);
        if (path.isEmpty()) {
            checkOwnAnchor(anchors, ctx, link, fragment);
        } else if (path.startsWith("/")) {
            checkSiteRoot(anchors, ctx, link, path, fragment);
        } else {
            checkRelative(post, anchors, ctx, link, path, fragment);
        }
    }

    private static String fragmentOf(String dest) {
        String f = Urls.fragment(dest);
        return f == null || f.isEmpty() ? null : UrlText.percentDecode(f);
    }

    private void checkOwnAnchor(Anchors anchors, RuleContext ctx, LinkRef link, String fragment) {
        Set<String> ids = anchors.own();
        if (fragment != null && !ids.contains(fragment)) {
            ctx.report(
                    RuleId.LINK_ANCHOR,
                    link.line(),
                    link.column(),
                    "No heading in this post has the id '" + fragment + "'." + suggestion(anchors, fragment, ids));
        }
    }

    /** Heading ids plus any {@code id}/{@code name} set on raw HTML elements: both are anchor targets. */
    private static Set<String> ownIds(PostAnalysis post) {
        Set<String> ids = new LinkedHashSet<>();
        post.markdown().headings().forEach(h -> ids.add(h.id()));
        for (HtmlTag tag : post.markdown().htmlTags()) {
            if (tag.attr("id") != null) {
                ids.add(tag.attr("id"));
            }
            if (tag.name().equals("a") && tag.attr("name") != null) {
                ids.add(tag.attr("name"));
            }
        }
        return ids;
    }

    private void checkSiteRoot(Anchors anchors, RuleContext ctx, LinkRef link, String path, String fragment) {
        Site site = ctx.site();
        List<PostSummary> targets = ctx.index().byUrl(path);
        if (!targets.isEmpty()) {
            checkTargetAnchor(anchors, ctx, link, targets.get(0), fragment);
            return;
        }
        if (publicFileExists(site, path)
                || site.generator().resolveResource(site, ctx.index(), path).isPresent()
                || site.generator().isGeneratedRoute(site, path)) {
            return;
        }
        Optional<SiteCollection> unpublished = unpublishedCollection(site, path);
        if (unpublished.isPresent()) {
            ctx.report(
                    RuleId.LINK_POST_MISSING,
                    link.line(),
                    link.column(),
                    "No post has the URL " + path + ": " + unpublished.get().unpublishedReason());
            return;
        }
        if (site.urlPatterns().stream()
                .map(LinkRule::postsPrefix)
                .flatMap(Optional::stream)
                .anyMatch(path::startsWith)) {
            String hint = nearestUrl(ctx.index().urls(), path)
                    .map(u -> " Did you mean " + u + "?")
                    .orElse(" Check the slug of the post you meant, or remove the link if it was deleted.");
            ctx.report(
                    RuleId.LINK_POST_MISSING, link.line(), link.column(), "No post has the URL " + path + "." + hint);
            return;
        }
        ctx.report(
                RuleId.LINK_BROKEN,
                link.line(),
                link.column(),
                "The link target " + path + " does not exist: no file "
                        + site.relativize(site.resolvePublic(path)) + " and no page of the site has this URL."
                        + " Add the file under " + site.relativize(site.publicDir()) + "/ or fix the link.");
    }

    private Optional<String> nearestUrl(List<String> urls, String path) {
        UrlSuggester s = urlSuggester.get();
        if (s == null || s.urls() != urls) {
            s = new UrlSuggester(urls, new NearestName(urls));
            urlSuggester.set(s);
        }
        return s.nearest().closest(path);
    }

    private void checkRelative(
            PostAnalysis post, Anchors anchors, RuleContext ctx, LinkRef link, String path, String fragment) {
        Path file;
        try {
            file = post.path().getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            ctx.report(
                    RuleId.LINK_BROKEN,
                    link.line(),
                    link.column(),
                    "The link target '" + path + "' is not a valid file path.");
            return;
        }
        if (!ctx.site().lone() && !file.startsWith(ctx.site().root())) {
            ctx.report(
                    RuleId.LINK_BROKEN,
                    link.line(),
                    link.column(),
                    "The link target '" + path + "' points outside"
                            + " the site (to " + file
                            + "): the site cannot publish it. Link to a page or file inside the"
                            + " site.");
            return;
        }
        Optional<PostSummary> target = ctx.index().get(file);
        Optional<SiteCollection> unpublished =
                target.flatMap(t -> ctx.site().collectionOf(t.path())).filter(c -> !c.published());
        if (unpublished.isPresent()) {
            ctx.report(
                    RuleId.LINK_POST_MISSING,
                    link.line(),
                    link.column(),
                    target.get().relPath() + " has no page: "
                            + unpublished.get().unpublishedReason());
        } else if (target.isPresent()) {
            checkTargetAnchor(anchors, ctx, link, target.get(), fragment);
        } else if (!Files.exists(file)) {
            ctx.report(
                    RuleId.LINK_BROKEN,
                    link.line(),
                    link.column(),
                    "The link target '" + path
                            + "' does not exist (looked for " + ctx.site().relativize(file)
                            + "). Fix the path, which is"
                            + " relative to this post's folder.");
        }
    }

    private void checkTargetAnchor(
            Anchors anchors, RuleContext ctx, LinkRef link, PostSummary target, String fragment) {
        if (fragment != null && !target.headingIds().contains(fragment)) {
            ctx.report(
                    RuleId.LINK_ANCHOR,
                    link.line(),
                    link.column(),
                    target.relPath() + " has no heading with the id '" + fragment + "'."
                            + suggestion(anchors, fragment, target.headingIds()));
        }
    }

    private static String suggestion(Anchors anchors, String fragment, Collection<String> ids) {
        Optional<String> close = anchors.closest(fragment, ids);
        if (close.isPresent()) {
            return " Did you mean #" + close.get() + "?";
        }
        if (ids.isEmpty()) {
            return " It has no headings; remove the #" + fragment + " part.";
        }
        List<String> sorted = ids.stream().sorted().toList();
        String some = sorted.stream().limit(8).map(id -> "#" + id).collect(Collectors.joining(", "));
        return " Its headings are " + some + (sorted.size() > 8 ? ", …" : "") + ".";
    }

    private static boolean publicFileExists(Site site, String path) {
        try {
            Path file = site.resolvePublic(path);
            if (!file.startsWith(site.publicDir())) {
                return false;
            }
            return Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html"));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The unpublished collection whose name is the path's first segment ({@code /drafts/x/}), if any. */
    private static Optional<SiteCollection> unpublishedCollection(Site site, String path) {
        String first = path.replaceFirst("^/+", "").split("/", 2)[0];
        return site.collections().values().stream()
                .filter(c -> !c.published() && c.name().equals(first))
                .findFirst();
    }

    /** The literal first path segment of a post URL pattern ({@code /posts/}), if it has one. */
    static Optional<String> postsPrefix(String pattern) {
        int placeholder = pattern.indexOf('{');
        String literal = placeholder < 0 ? pattern : pattern.substring(0, placeholder);
        if (!literal.startsWith("/")) {
            return Optional.empty();
        }
        int slash = literal.indexOf('/', 1);
        if (slash <= 1) {
            return Optional.empty();
        }
        return Optional.of(literal.substring(0, slash + 1));
    }
}
