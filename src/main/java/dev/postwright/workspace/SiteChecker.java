package dev.postwright.workspace;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.Parallel;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.Rules;
import dev.postwright.validation.Severity;
import dev.postwright.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a whole site (or some of its files) the way {@code postwright check} does: every post is read and
 * parsed once, in parallel; the index is built from all of them; then the wanted posts are validated.
 */
public final class SiteChecker {

    private final Site site;
    private final PostAnalyzer analyzer;
    private final Clock clock;
    private final List<Rule> extraRules;

    public SiteChecker(Site site, MarkdownEngine engine, Clock clock) {
        this(site, engine, clock, List.of());
    }

    /** With rules beyond the standard set (spelling, with {@code check --spelling}). */
    public SiteChecker(Site site, MarkdownEngine engine, Clock clock, List<Rule> extraRules) {
        this.site = site;
        this.analyzer = new PostAnalyzer(site, engine);
        this.clock = clock;
        this.extraRules = List.copyOf(extraRules);
    }

    /** Checks {@code only} (absolute post paths), or every post of the site when it is empty. */
    public CheckResult check(Collection<Path> only) {
        List<Path> all = site.listPosts();
        Set<Path> wanted = new LinkedHashSet<>();
        for (Path p : only.isEmpty() ? all : only) {
            wanted.add(p.toAbsolutePath().normalize());
        }
        Set<Path> toRead = new LinkedHashSet<>(all);
        toRead.addAll(wanted);

        List<PostLoader.Loaded> loaded = new PostLoader(analyzer).load(toRead);
        SiteIndex index = new SiteIndex(site);
        PostLoader.index(loaded, index, site::isPost);
        List<Rule> rules = new ArrayList<>(Rules.standard());
        rules.addAll(extraRules);
        Validator validator = new Validator(site, index, clock, rules);
        List<PostLoader.Loaded> targets =
                loaded.stream().filter(l -> wanted.contains(l.path())).toList();
        List<List<Problem>> perFile = Parallel.map(
                targets,
                l -> l.analysis()
                        .map(validator::validate)
                        .orElseGet(() ->
                                List.of(unreadable(l.path(), l.unreadable().orElseThrow()))));
        List<Problem> problems = new ArrayList<>();
        perFile.forEach(problems::addAll);
        return new CheckResult(site, targets.size(), problems);
    }

    /**
     * Every post of the site read as {@link #check} reads it, for {@code postwright list}: its summary, or the
     * problem that kept it from being read (never an exception).
     */
    public List<Listed> list() {
        return new PostLoader(analyzer)
                .load(site.listPosts()).stream()
                        .map(l -> new Listed(
                                l.path(),
                                l.analysis().map(PostAnalysis::summary),
                                l.unreadable().map(why -> unreadable(l.path(), why))))
                        .toList();
    }

    /** One post of {@link #list()}: a summary when it could be read, else the problem saying why not. */
    public record Listed(Path path, Optional<PostSummary> summary, Optional<Problem> unreadable) {}

    private static Problem unreadable(Path path, String why) {
        return new Problem(path, 1, 1, Severity.ERROR, RuleId.FILE_UNREADABLE.id(), why, Optional.empty());
    }
}
