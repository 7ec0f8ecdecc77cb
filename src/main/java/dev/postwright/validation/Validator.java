package dev.postwright.validation;

import dev.postwright.site.RuleLevel;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Runs every rule on one post against the site index, applying the site's severity overrides. */
public final class Validator {

    private static final Comparator<Problem> ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::rule);

    private final Site site;
    private final SiteIndex index;
    private final Clock clock;
    private final List<Rule> rules;

    public Validator(Site site, SiteIndex index, Clock clock, List<Rule> rules) {
        this.site = site;
        this.index = index;
        this.clock = clock;
        this.rules = List.copyOf(rules);
    }

    /** The standard rule set of SPEC §3 (without the online link check). */
    public static Validator standard(SiteIndex index, Clock clock) {
        return new Validator(index.site(), index, clock, Rules.standard());
    }

    public SiteIndex index() {
        return index;
    }

    /** Problems of one post, sorted by position; a rule that fails is reported, never thrown. */
    public List<Problem> validate(PostAnalysis post) {
        RuleContext ctx = new RuleContext(site, index, clock, post);
        // Over PostAnalyzer.MAX_CHECKED_CHARS the body is left unchecked on purpose: a warning, not a broken file.
        boolean tooLarge = post.text().length() > PostAnalyzer.MAX_CHECKED_CHARS;
        post.failure()
                .ifPresent(why -> ctx.problems()
                        .add(new Problem(
                                post.path(),
                                Math.max(1, post.frontmatter().bodyStartLine()),
                                1,
                                tooLarge ? Severity.WARNING : Severity.ERROR,
                                (tooLarge ? RuleId.FILE_TOO_LARGE : RuleId.FILE_UNREADABLE).id(),
                                why,
                                Optional.empty())));
        for (Rule rule : rules) {
            try {
                rule.check(post, ctx);
            } catch (RuntimeException | StackOverflowError e) {
                ctx.problems()
                        .add(new Problem(
                                post.path(),
                                1,
                                1,
                                Severity.WARNING,
                                "internal",
                                rule.getClass().getSimpleName() + " could not check this post: " + Failures.describe(e),
                                Optional.empty()));
            }
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : ctx.problems()) {
            Optional<RuleLevel> level = site.config().rule(p.rule());
            if (level.isEmpty()) {
                out.add(p);
            } else if (level.get() != RuleLevel.OFF) {
                out.add(p.withSeverity(Severity.valueOf(level.get().name())));
            }
        }
        out.sort(ORDER);
        return out;
    }
}
