package dev.postwright.workspace.post;

import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.online.LinkStatus;
import dev.postwright.validation.online.OnlineLinkChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The last online link check of a post: kept per URL, placed as problems on whatever text the post has now. */
final class OnlineResults {

    private OnlineLinkChecker checker;
    private Map<String, LinkStatus> results = Map.of();

    void set(OnlineLinkChecker checker, Map<String, LinkStatus> results) {
        this.checker = checker;
        this.results = Map.copyOf(results);
    }

    /** {@code siteProblems} plus a {@code link.online} problem per broken link of {@code a}, by position. */
    List<Problem> addTo(List<Problem> siteProblems, PostAnalysis a) {
        if (checker == null || results.isEmpty()) {
            return List.copyOf(siteProblems);
        }
        List<Problem> all = new ArrayList<>(siteProblems);
        all.addAll(checker.problemsFor(a, results));
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(all);
    }
}
