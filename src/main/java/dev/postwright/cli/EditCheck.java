package dev.postwright.cli;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import dev.postwright.validation.Validator;
import dev.postwright.workspace.PostLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Validates a post before and after an edit against the whole site and reports the errors the edit adds. */
final class EditCheck {

    private EditCheck() {}

    /**
     * The ERROR problems of {@code after} that {@code before} did not have, compared by rule and message (lines
     * move when fields are added or removed); an error that was there twice and now three times counts once.
     */
    static List<Problem> newErrors(
            Site site, Path path, String before, String after, Function<SiteIndex, Validator> validators) {
        PostAnalyzer analyzer = new PostAnalyzer(site, new MarkdownEngine());
        SiteIndex index = new SiteIndex(site);
        // an unreadable neighbour is reported by `check`; it holds no slug or tag to compare with
        List<Path> others =
                site.listPosts().stream().filter(other -> !other.equals(path)).toList();
        PostLoader.index(new PostLoader(analyzer).load(others), index, other -> true);
        PostAnalysis old = analyzer.analyze(path, before);
        index.put(old.summary());
        Map<String, Integer> had = new HashMap<>();
        for (Problem p : errors(validators.apply(index).validate(old))) {
            had.merge(p.rule() + "\u0000" + p.message(), 1, Integer::sum);
        }
        PostAnalysis edited = analyzer.analyze(path, after);
        index.put(edited.summary());
        List<Problem> added = new ArrayList<>();
        for (Problem p : errors(validators.apply(index).validate(edited))) {
            String key = p.rule() + "\u0000" + p.message();
            Integer n = had.get(key);
            if (n == null || n == 0) {
                added.add(p);
            } else {
                had.put(key, n - 1);
            }
        }
        return added;
    }

    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
}
