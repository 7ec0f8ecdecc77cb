package dev.postwright.validation.body;

import dev.postwright.spell.Misspelling;
import dev.postwright.spell.SiteSpelling;
import dev.postwright.validation.Fix;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * {@code spelling.unknown}: a word of prose (body, title, description, other prose fields) no dictionary knows;
 * the fix is the first suggestion. Off until spell checking is switched on ({@link #use}).
 */
public final class SpellingRule implements Rule {

    public static final String ID = RuleId.SPELLING_UNKNOWN.id();

    private volatile SiteSpelling spelling;

    public SpellingRule(SiteSpelling spelling) {
        this.spelling = spelling;
    }

    /** Switches checking on with these settings, or off with {@code null}. */
    public void use(SiteSpelling spelling) {
        this.spelling = spelling;
    }

    public Optional<SiteSpelling> spelling() {
        return Optional.ofNullable(spelling);
    }

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        SiteSpelling s = spelling;
        if (s == null) {
            return;
        }
        List<String> vocabulary =
                SiteSpelling.vocabulary(ctx.index().all(), ctx.site().config().tags(), post.path());
        for (Misspelling m : s.check(post.path(), post.text(), post.frontmatter(), vocabulary)) {
            String message = "'" + m.word() + "' is not in the " + m.language() + " dictionary"
                    + (m.suggestions().isEmpty()
                            ? "."
                            : "; did you mean "
                                    + String.join(
                                            ", ",
                                            m.suggestions().stream()
                                                    .limit(3)
                                                    .map(w -> "'" + w + "'")
                                                    .toList())
                                    + "?")
                    + " Add it to the site dictionary if it is right.";
            Fix fix = m.suggestions().isEmpty()
                    ? null
                    : new Fix.TextFix(
                            m.start(),
                            m.end(),
                            m.suggestions().get(0),
                            "Change to '" + m.suggestions().get(0) + "'");
            ctx.reportAt(RuleId.SPELLING_UNKNOWN, m.start(), message, fix);
        }
    }
}
