package dev.postwright.validation.rules;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlProblem;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import java.util.stream.Collectors;

/** {@code frontmatter.missing}, {@code frontmatter.unterminated}, {@code yaml.syntax}: the block itself. */
public final class FrontmatterRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        FrontmatterDocument fm = post.frontmatter();
        switch (fm.status()) {
            case OK -> { }
            case MISSING -> ctx.report("frontmatter.missing", 1, 1,
                    "This post has no frontmatter: add a block at the very top of the file that starts and ends "
                            + "with a '---' line" + requiredHint(ctx) + ".");
            case UNTERMINATED -> ctx.report("frontmatter.unterminated", 1, 1,
                    "The frontmatter opened by '---' on line 1 is never closed: add a '---' line after the last "
                            + "field, before the post's text.");
            case YAML_ERROR -> {
                YamlProblem p = fm.error().orElse(new YamlProblem("the frontmatter is not valid YAML", 1, 1));
                ctx.report("yaml.syntax", p.line(), p.column(),
                        "YAML error: " + p.message() + ". Fix the YAML; the raw text is kept as written.");
            }
        }
    }

    private static String requiredHint(RuleContext ctx) {
        String required = ctx.site().schema().fields().stream()
                .filter(f -> f.required() && f.defaultValue().isEmpty())
                .map(Field::name).collect(Collectors.joining(", "));
        return required.isEmpty() ? "" : " holding at least " + required;
    }
}
