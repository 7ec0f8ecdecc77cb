package dev.postwright.workspace;

import dev.postwright.post.PostReadException;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.Failures;
import dev.postwright.validation.Parallel;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Rule;
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

        List<Loaded> loaded = Parallel.map(new ArrayList<>(toRead), this::load);
        SiteIndex index = new SiteIndex(site);
        for (Loaded l : loaded) {
            if (l.analysis() != null && site.isPost(l.path())) {
                index.put(l.analysis().summary());
            }
        }
        List<Rule> rules = new ArrayList<>(Rules.standard());
        rules.addAll(extraRules);
        Validator validator = new Validator(site, index, clock, rules);
        List<Loaded> targets = loaded.stream().filter(l -> wanted.contains(l.path())).toList();
        List<List<Problem>> perFile = Parallel.map(targets, l -> l.analysis() == null ? List.of(l.unreadable())
                : validator.validate(l.analysis()));
        List<Problem> problems = new ArrayList<>();
        perFile.forEach(problems::addAll);
        return new CheckResult(site, targets.size(), problems);
    }

    private Loaded load(Path path) {
        try {
            // The AST is dropped at once: a 10,000-post check would otherwise hold every tree until the end.
            return new Loaded(path, analyzer.load(path).lean(), null);
        } catch (PostReadException e) {
            return new Loaded(path, null, new Problem(path, 1, 1, Severity.ERROR, "file.unreadable", e.getMessage(),
                    Optional.empty()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Loaded(path, null, new Problem(path, 1, 1, Severity.ERROR, "file.unreadable",
                    "Could not read " + path.getFileName() + ": " + Failures.describe(e), Optional.empty()));
        }
    }

    private record Loaded(Path path, PostAnalysis analysis, Problem unreadable) {}
}
