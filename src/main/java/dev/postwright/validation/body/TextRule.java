package dev.postwright.validation.body;

import dev.postwright.validation.Fix;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.text.Mojibake;

/**
 * {@code text.mojibake}: UTF-8 text that was read as Windows-1252 somewhere on its way ({@code â€“} for –), one
 * problem per mis-decoded run, in the whole file (frontmatter values too), with a fix that restores the text.
 * Code blocks are not exempt: mojibake there is just as wrong.
 */
public final class TextRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        for (Mojibake.Span span : Mojibake.find(post.text())) {
            String what = "Replace '" + span.original() + "' with '" + span.repaired() + "'";
            ctx.reportAt(
                    RuleId.TEXT_MOJIBAKE,
                    span.start(),
                    "'" + span.original() + "' looks like '" + span.repaired()
                            + "' garbled by a wrong text encoding (UTF-8 read as Windows-1252). " + what + ".",
                    new Fix.TextFix(span.start(), span.end(), span.repaired(), what));
        }
    }
}
