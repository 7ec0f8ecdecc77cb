package dev.postwright.validation.body;

import dev.postwright.render.Heading;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;

/** {@code heading.empty-section}: a heading with nothing under it; reported at its first {@code #}. */
public final class HeadingRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        for (Heading h : post.markdown().emptySectionHeadings()) {
            ctx.report(
                    RuleId.HEADING_EMPTY_SECTION,
                    h.line(),
                    h.column(),
                    "The section '" + h.text()
                            + "' is empty: nothing follows it before the next heading. Write it, or remove the heading.");
        }
    }
}
