package dev.postwright.cli;

import dev.postwright.post.PostReadException;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.RuleLevel;
import dev.postwright.site.Site;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.validation.online.LinkStatus;
import dev.postwright.validation.online.OnlineLinkChecker;
import dev.postwright.workspace.AppPaths;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;

/** Runs the online link check for {@code check --online}. */
final class OnlineCheck {
    private OnlineCheck() {}

    /** Checks the external links of every post of the site (the result does not say which files were checked). */
    static List<Problem> run(Site site, CheckResult result, PrintWriter err) {
        return run(site, site.listPosts(), err, AppPaths.cacheDir());
    }

    /** Checks the external links of the given posts, caching results in {@code cacheDir}. */
    static List<Problem> run(Site site, Collection<Path> posts, PrintWriter err, Path cacheDir) {
        PostAnalyzer analyzer = new PostAnalyzer(site, new MarkdownEngine());
        List<PostAnalysis> analyses = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        for (Path post : posts) {
            try {
                PostAnalysis a = analyzer.load(post);
                analyses.add(a);
                urls.addAll(OnlineLinkChecker.externalUrls(a));
            } catch (PostReadException | RuntimeException e) {
                // Already reported as file.unreadable by the offline check.
            }
        }
        if (urls.isEmpty()) {
            err.println("postwright check: no external links to check online.");
            return List.of();
        }
        err.println("postwright check: checking " + urls.size() + " external link" + (urls.size() == 1 ? "" : "s")
                + " online (cached in " + cacheDir + ")…");
        err.flush();
        List<Problem> problems = new ArrayList<>();
        try (OnlineLinkChecker checker = new OnlineLinkChecker(cacheDir)) {
            Map<String, LinkStatus> results = checker.check(urls).join();
            for (PostAnalysis a : analyses) {
                for (Problem p : checker.problemsFor(a, results)) {
                    Optional<RuleLevel> level = site.config().rule(p.rule());
                    if (level.isEmpty()) {
                        problems.add(p);
                    } else if (level.get() != RuleLevel.OFF) {
                        problems.add(p.withSeverity(Severity.valueOf(level.get().name())));
                    }
                }
            }
            long skipped = results.values().stream().filter(s -> !s.checked()).count();
            long failing = results.values().stream()
                    .filter(s -> s.checked() && !s.ok())
                    .count();
            err.println("postwright check: " + (results.size() - skipped) + " checked, " + failing + " not answering"
                    + (skipped == 0
                            ? "."
                            : ", " + skipped + " not checked (time limit or a host that stopped" + " answering)."));
        } catch (CompletionException e) {
            String why = e.getCause() == null || e.getCause().getMessage() == null
                    ? "an unexpected error"
                    : e.getCause().getMessage();
            err.println("postwright check: the online link check stopped: " + why + ". The offline results above"
                    + " stand.");
        }
        return problems;
    }
}
