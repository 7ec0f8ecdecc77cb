package dev.postwright.validation.body;

import dev.postwright.render.ImageRef;
import dev.postwright.render.ResolvedImage;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.render.UrlText;
import dev.postwright.site.Site;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Images in the body: {@code image.missing}, {@code image.alt-missing}, {@code image.remote}; reported at the
 * {@code !} of a markdown image or the {@code <} of an HTML {@code <img>}.
 */
public final class ImageRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        Site site = ctx.site();
        SiteImageResolver resolver = new SiteImageResolver(
                site.root(),
                site.publicDir(),
                post.path().getParent(),
                () -> site.generator().importAliases(site.root()));
        for (ImageRef image : post.markdown().images()) {
            checkAlt(post, ctx, image);
            String src = image.src() == null ? "" : image.src().strip();
            if (src.toLowerCase(Locale.ROOT).startsWith("data:")) {
                continue; // inline image data: nothing to find
            }
            ResolvedImage resolved = resolver.resolve(src);
            if (resolved instanceof ResolvedImage.Remote remote) {
                ctx.report(
                        RuleId.IMAGE_REMOTE,
                        image.line(),
                        image.column(),
                        "The image from " + remote.host()
                                + " is not shown offline and will break if that site moves it. Copy it into "
                                + site.relativize(site.publicDir()) + "/ to keep it with the post.");
            } else if (resolved instanceof ResolvedImage.Blocked blocked) {
                // image.missing: the generator cannot publish a file from outside the site, so for the built
                // page the image is not found, and the preview and render do not show it either.
                ctx.report(
                        RuleId.IMAGE_MISSING,
                        image.line(),
                        image.column(),
                        "The image " + src + " "
                                + blocked.reason() + ", so the site cannot publish it and the preview does not show it."
                                + " Copy the image into " + site.relativize(site.publicDir())
                                + "/ (or next to the post)"
                                + " and link it from there.");
            } else if (resolved instanceof ResolvedImage.Missing missing && !isResource(ctx, src)) {
                ctx.report(
                        RuleId.IMAGE_MISSING,
                        image.line(),
                        image.column(),
                        src.isEmpty()
                                ? "The image has no source. Add the path of the image file."
                                : "The image " + src + " was not found (looked for " + tried(site, missing) + ")."
                                        + " Add the file there or fix the path.");
            }
        }
    }

    private static void checkAlt(PostAnalysis post, RuleContext ctx, ImageRef image) {
        boolean missing;
        if (image.kind() == ImageRef.Kind.HTML_IMG) {
            // alt="" marks a decorative image on purpose; only a missing attribute is a mistake.
            missing = post.markdown().htmlTags("img").stream()
                    .filter(t -> t.offset() == image.offset())
                    .findFirst()
                    .map(t -> t.attr("alt") == null)
                    .orElse(false);
        } else {
            missing = image.alt() == null || image.alt().isBlank();
        }
        if (missing) {
            ctx.report(
                    RuleId.IMAGE_ALT_MISSING,
                    image.line(),
                    image.column(),
                    "The image " + shortSrc(image)
                            + " has no alt text. Describe it for readers who cannot see it"
                            + (image.kind() == ImageRef.Kind.HTML_IMG
                                    ? " (alt=\"…\"; alt=\"\" if it is only decoration)."
                                    : ": ![what it shows](…)."));
        }
    }

    /** Whether the generator publishes a file at this path besides the public folder's (a bundle resource). */
    private static boolean isResource(RuleContext ctx, String src) {
        Site site = ctx.site();
        return site.generator()
                .resolveResource(site, ctx.index(), UrlText.percentDecode(UrlText.path(src)))
                .isPresent();
    }

    /**
     * Where an image a template writes into the page was looked for, when it is not there; empty when it is found
     * or cannot be judged here (remote, inline data, outside the site: the markdown image checks say more).
     */
    static Optional<String> missing(PostAnalysis post, RuleContext ctx, String src) {
        Site site = ctx.site();
        SiteImageResolver resolver = new SiteImageResolver(
                site.root(),
                site.publicDir(),
                post.path().getParent(),
                () -> site.generator().importAliases(site.root()));
        String s = src.strip();
        if (s.isEmpty() || s.toLowerCase(Locale.ROOT).startsWith("data:")) {
            return Optional.empty();
        }
        return resolver.resolve(s) instanceof ResolvedImage.Missing missing && !isResource(ctx, s)
                ? Optional.of(tried(site, missing))
                : Optional.empty();
    }

    private static String shortSrc(ImageRef image) {
        return image.src() == null || image.src().isBlank() ? "" : image.src().strip();
    }

    private static String tried(Site site, ResolvedImage.Missing missing) {
        try {
            return site.relativize(Path.of(missing.triedPath()));
        } catch (InvalidPathException e) {
            return missing.triedPath();
        }
    }
}
