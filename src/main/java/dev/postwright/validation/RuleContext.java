package dev.postwright.validation;

import dev.postwright.frontmatter.Schema;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rule sees besides the post: the site, its index, the clock; and where it reports. */
public final class RuleContext {

    private final Site site;
    private final SiteIndex index;
    private final Clock clock;
    private final PostAnalysis post;
    private final List<Problem> problems = new ArrayList<>();

    RuleContext(Site site, SiteIndex index, Clock clock, PostAnalysis post) {
        this.site = site;
        this.index = index;
        this.clock = clock;
        this.post = post;
    }

    public Site site() {
        return site;
    }

    /** The schema the post follows: its collection's own, else the site's. */
    public Schema schema() {
        return site.schemaFor(post == null ? null : post.path());
    }

    public SiteIndex index() {
        return index;
    }

    public Clock clock() {
        return clock;
    }

    /** The site's time zone ({@code .postwright.yml} timezone), else the clock's. */
    public ZoneId zone() {
        return site.config().timezone().flatMap(RuleContext::zoneOf).orElse(clock.getZone());
    }

    private static Optional<ZoneId> zoneOf(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Reports at a 1-based line and column with the rule's default severity. */
    public void report(RuleId rule, int line, int column, String message) {
        report(rule, line, column, message, null);
    }

    public void report(RuleId rule, int line, int column, String message, Fix fix) {
        report(rule, rule.defaultSeverity(), line, column, message, fix);
    }

    /**
     * Reports with a severity other than the rule's default, where the rule itself knows better (an unknown field
     * is an error when the schema is strict). The site's {@code .postwright.yml} still has the last word.
     */
    public void report(RuleId rule, Severity severity, int line, int column, String message, Fix fix) {
        problems.add(new Problem(post.path(), line, column, severity, rule.id(), message, Optional.ofNullable(fix)));
    }

    /** Reports at a character offset of the whole file. */
    public void reportAt(RuleId rule, int offset, String message, Fix fix) {
        int[] lc = post.lines().lineColumn(offset);
        report(rule, lc[0], lc[1], message, fix);
    }

    List<Problem> problems() {
        return problems;
    }
}
