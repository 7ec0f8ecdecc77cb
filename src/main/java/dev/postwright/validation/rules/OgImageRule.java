package dev.postwright.validation.rules;

import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.render.ResolvedImage;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.ZodSchemaReader;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import java.nio.file.Path;
import java.util.Optional;

/** {@code ogImage.missing} and {@code ogImage.size}: the social-card image exists and is at least 1200×630. */
public final class OgImageRule implements Rule {

    static final int MIN_WIDTH = 1200;
    static final int MIN_HEIGHT = 630;

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        if (!RuleSupport.usable(post)) {
            return;
        }
        Optional<FrontmatterDocument.Entry> e = post.frontmatter().entry("ogImage");
        if (e.isEmpty()
                || !(e.get().value() instanceof YamlValue.Scalar s)
                || s.kind() != ScalarKind.STRING
                || s.value().isBlank()) {
            return;
        }
        if (publicPathInImageField(s.value(), ctx)) {
            ctx.report(
                    RuleId.OG_IMAGE_MISSING,
                    s.line(),
                    s.column(),
                    "ogImage " + s.value() + " is a file of the"
                            + " public folder, but " + ctx.schema().source() + " declares ogImage with image():"
                            + " Astro's build stops with ImageNotFound. Move the image under src/assets and reference it"
                            + " relatively from the post (for example ../../assets/images/og.png), or use a full URL"
                            + " (https://…).");
            return;
        }
        Path folder = post.path().getParent();
        ResolvedImage r = new SiteImageResolver(
                        ctx.site().root(),
                        ctx.site().publicDir(),
                        folder,
                        () -> ctx.site().generator().importAliases(ctx.site().root()))
                .resolve(s.value());
        if (r instanceof ResolvedImage.Missing m) {
            String where = s.value().strip().startsWith("/") ? "in the public folder" : "next to the post";
            ctx.report(
                    RuleId.OG_IMAGE_MISSING,
                    s.line(),
                    s.column(),
                    "ogImage " + s.value() + " was not found " + where + " (looked for " + shownPath(ctx, m.triedPath())
                            + "): add the image or fix the path.");
        } else if (r instanceof ResolvedImage.Blocked b) {
            ctx.report(
                    RuleId.OG_IMAGE_MISSING,
                    s.line(),
                    s.column(),
                    "ogImage " + s.value() + " " + b.reason()
                            + ", so the site cannot publish it. Copy the image into the site and fix the path.");
        } else if (r instanceof ResolvedImage.Local local) {
            ImageHeader.read(local.file()).ifPresent(size -> {
                if (size.width() < MIN_WIDTH || size.height() < MIN_HEIGHT) {
                    ctx.report(
                            RuleId.OG_IMAGE_SIZE,
                            s.line(),
                            s.column(),
                            "ogImage " + s.value() + " is "
                                    + size.width() + "×" + size.height() + ", smaller than " + MIN_WIDTH + "×"
                                    + MIN_HEIGHT
                                    + ": link previews will look blurred or cropped. Use an image at least "
                                    + MIN_WIDTH + "×" + MIN_HEIGHT + ".");
                }
            });
        }
    }

    /**
     * A site-root path in a field the content config declares with Astro's {@code image()} helper (alone or in
     * {@code image().or(z.string())}): Astro 5 resolves it as an imported asset and fails the build, since
     * {@code public/} files cannot be imported. The preset schema (no config read) says nothing about it.
     */
    private static boolean publicPathInImageField(String value, RuleContext ctx) {
        String v = value.strip();
        Schema schema = ctx.schema();
        return v.startsWith("/")
                && !v.startsWith("//")
                && ctx.site().generator().zodSemantics()
                && ZodSchemaReader.CANDIDATES.contains(schema.source())
                && schema.field("ogImage").map(f -> f.type() == FieldType.IMAGE).orElse(false);
    }

    private static String shownPath(RuleContext ctx, String tried) {
        try {
            return ctx.site().relativize(Path.of(tried));
        } catch (RuntimeException e) {
            return tried;
        }
    }
}
