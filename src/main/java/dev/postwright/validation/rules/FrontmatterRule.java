package dev.postwright.validation.rules;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlProblem;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import java.util.stream.Collectors;

/** {@code frontmatter.missing}, {@code frontmatter.unterminated}, {@code yaml.syntax}: the block itself. */
public final class FrontmatterRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        FrontmatterDocument fm = post.frontmatter();
        if (fm.format() != FrontmatterDocument.Format.YAML) {
            checkOtherFormat(fm, ctx);
            return;
        }
        switch (fm.status()) {
            case OK -> {}
            case MISSING ->
                ctx.report(
                        RuleId.FRONTMATTER_MISSING,
                        1,
                        1,
                        "This post has no frontmatter: add a block at the very top of the file that starts and ends "
                                + "with a '---' line" + requiredHint(ctx) + ".");
            case UNTERMINATED ->
                ctx.report(
                        RuleId.FRONTMATTER_UNTERMINATED,
                        1,
                        1,
                        "The frontmatter opened by '---' on line 1 is never closed: add a '---' line after the last "
                                + "field, before the post's text.");
            case YAML_ERROR -> {
                YamlProblem p = fm.error().orElse(new YamlProblem("the frontmatter is not valid YAML", 1, 1));
                ctx.report(
                        RuleId.YAML_SYNTAX,
                        p.line(),
                        p.column(),
                        "YAML error: " + p.message() + ". Fix the YAML; the raw text is kept as written.");
            }
        }
    }

    /** TOML and JSON blocks: Hugo reads and Postwright edits them; the other generators read YAML only. */
    private static void checkOtherFormat(FrontmatterDocument fm, RuleContext ctx) {
        String fence = fm.format() == FrontmatterDocument.Format.TOML ? "'+++'" : "'{ … }'";
        if (fm.status() == FrontmatterDocument.Status.UNTERMINATED) {
            ctx.report(
                    RuleId.FRONTMATTER_UNTERMINATED,
                    1,
                    1,
                    "The TOML frontmatter opened by '+++' on line 1 is never "
                            + "closed: add a '+++' line after the last field, before the post's text.");
        } else if (!ctx.site().generator().readsTomlAndJson()) {
            ctx.report(
                    RuleId.FRONTMATTER_MISSING,
                    1,
                    1,
                    "This post's frontmatter is written in "
                            + fm.format() + " (" + fence + "), which "
                            + ctx.site().preset().displayName()
                            + " does not read: write it as YAML between two '---' lines" + requiredHint(ctx) + ".");
        } else if (fm.status() == FrontmatterDocument.Status.YAML_ERROR) {
            YamlProblem p = fm.error().orElse(new YamlProblem("the frontmatter is not valid " + fm.format(), 1, 1));
            ctx.report(
                    RuleId.YAML_SYNTAX,
                    p.line(),
                    p.column(),
                    fm.format() + " error: " + p.message() + ". Fix the " + fm.format()
                            + " (the Raw view edits it as text); the text is kept as written.");
        }
    }

    private static String requiredHint(RuleContext ctx) {
        String required = ctx.schema().fields().stream()
                .filter(f -> f.required() && f.defaultValue().isEmpty())
                .map(Field::name)
                .collect(Collectors.joining(", "));
        return required.isEmpty() ? "" : " holding at least " + required;
    }
}
