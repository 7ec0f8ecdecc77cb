package dev.postwright.validation.body;

import dev.postwright.render.Heading;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;

/** {@code heading.empty-section}: a heading with nothing under it; reported at its first {@code #}. */
public final class HeadingRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        for (Heading h : post.markdown().emptySectionHeadings()) {
            ctx.report("heading.empty-section", h.line(), h.column(), "The section '" + h.text()
                    + "' is empty: nothing follows it before the next heading. Write it, or remove the heading.");
        }
    }
}
