package dev.postwright.validation.rules;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.text.DescriptionLength;
import java.util.Optional;

/** {@code description.length}: the description within the site's limits (default 50 to 160). */
public final class DescriptionRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        if (!RuleSupport.usable(post)) {
            return;
        }
        Optional<FrontmatterDocument.Entry> e = post.frontmatter().entry("description");
        Optional<String> text = FieldValues.string(post.frontmatter(), "description");
        if (e.isEmpty() || text.isEmpty()) {
            return;
        }
        int min = ctx.site().config().descriptionMin();
        int max = ctx.site().config().descriptionMax();
        DescriptionLength limits = min >= 0 && max >= min ? new DescriptionLength(min, max) : new DescriptionLength();
        limits.check(text.get()).ifPresent(msg -> {
            int[] at = RuleSupport.valuePosition(e.get());
            ctx.report(RuleId.DESCRIPTION_LENGTH, at[0], at[1], msg + ".");
        });
    }
}
