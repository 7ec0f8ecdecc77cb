package dev.postwright.validation.rules;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarStyle;
import dev.postwright.frontmatter.ScalarWriter;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.site.PostSummary;
import dev.postwright.site.SlugGenerator;
import dev.postwright.validation.Fix;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code slug.format} (the slug field's text) and {@code slug.duplicate} (two posts, one URL). */
public final class SlugRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        if (!RuleSupport.usable(post)) {
            return;
        }
        List<String> keys = ctx.site().generator().slugFields(ctx.schema());
        for (String key : keys) {
            post.frontmatter().entry(key).ifPresent(e -> checkFormat(post, e, ctx));
        }
        checkDuplicate(post, keys, ctx);
    }

    private static void checkFormat(PostAnalysis post, FrontmatterDocument.Entry e, RuleContext ctx) {
        if (!(e.value() instanceof YamlValue.Scalar s)) {
            return; // a list or mapping: field.type
        }
        String text = s.isNull() ? "" : s.value();
        if (SlugGenerator.isValid(text)) {
            return;
        }
        String title = FieldValues.string(post.frontmatter(), "title").orElse("");
        String suggestion = SlugGenerator.fromTitle(text.isBlank() ? title : text);
        Fix fix = new Fix.FieldEdit(
                e.key(), ScalarWriter.write(suggestion, ScalarStyle.PLAIN, false), "Use '" + suggestion + "'");
        int[] at = RuleSupport.valuePosition(e);
        if (ctx.site().generator().publishableSlug(text)) {
            // The theme publishes it, perhaps under another spelling: say where, not "invalid".
            ctx.report(
                    RuleId.SLUG_FORMAT,
                    Severity.WARNING,
                    at[0],
                    at[1],
                    "'" + e.key() + "' "
                            + RuleSupport.shown(s) + " is not lowercase words joined by '-': "
                            + ctx.site().generator().displayName() + " publishes this post at "
                            + post.summary().url()
                            + ". Use '" + suggestion + "' for a plain URL.",
                    fix);
            return;
        }
        String message = text.isBlank()
                ? "'" + e.key() + "' is empty: a post's slug can never be empty. Set it to a slug such as '"
                        + suggestion + "', or remove the line to use the file name."
                : "'" + e.key() + "' " + RuleSupport.shown(s)
                        + " has a character the site cannot put in a URL: use lowercase a-z and 0-9 "
                        + "words joined by single '-', such as '" + suggestion + "'.";
        ctx.report(RuleId.SLUG_FORMAT, at[0], at[1], message, fix);
    }

    private static void checkDuplicate(PostAnalysis post, List<String> keys, RuleContext ctx) {
        String url = post.summary().url();
        List<PostSummary> others = ctx.index().byUrl(url).stream()
                .filter(o -> !o.path().equals(post.path()))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        int[] at = {1, 1};
        Optional<FrontmatterDocument.Entry> field = keys.stream()
                .map(k -> post.frontmatter().entry(k))
                .flatMap(Optional::stream)
                .filter(e -> RuleSupport.scalarText(e.value())
                        .filter(t -> !t.isBlank())
                        .isPresent())
                .findFirst();
        if (field.isPresent()) {
            at = RuleSupport.valuePosition(field.get());
        }
        String names = others.stream().map(PostSummary::relPath).collect(Collectors.joining(", "));
        String own = ctx.site().relativize(post.path());
        ctx.report(
                RuleId.SLUG_DUPLICATE,
                at[0],
                at[1],
                own + " and " + names + " both resolve to " + url
                        + ": the site can publish only one of them. Give one of them a different "
                        + (field.isPresent() ? "'" + field.get().key() + "'" : "slug or file name") + ".");
    }
}
