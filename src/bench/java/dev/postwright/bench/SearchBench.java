package dev.postwright.bench;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.SearchQuery;
import dev.postwright.workspace.SiteSearch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Search across the site (issue 21's budget: first results within 100 ms, all within 1 s on the generated
 * 1,000-post site). Opens the site as the editor does (indexed, not validated), then runs each query on a worker
 * thread, never the caller's, and times the first post's results reaching the callback and the whole search.
 * Usage: {@code SearchBench [SITE] [runs=7] [reported=5]}; without SITE a 1,000-post site is generated.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean generated = args.length == 0 || args[0].isBlank();
        Path root = generated ? BenchSites.generate(1000) : Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int reported = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        SiteSession session = SiteSession.openIndexed(root, new MarkdownEngine(), Clock.systemUTC());
        System.out.printf(Locale.ROOT, "site %s: %d posts%n", root, session.index().size());
        List<SearchQuery> queries = List.of(
                new SearchQuery("carefully", false, false, false, SearchQuery.Scope.BOTH, ""),
                new SearchQuery("Measuring the result", false, true, true, SearchQuery.Scope.BODY, ""),
                new SearchQuery("fermentation", false, true, false, SearchQuery.Scope.FIELD, "tags"),
                new SearchQuery("\\b(qu\\w+ly|rough\\w*)\\s+\\w+", true, false, false, SearchQuery.Scope.BODY, ""));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (SearchQuery q : queries) {
                double[] first = new double[runs];
                double[] all = new double[runs];
                int hits = 0;
                for (int i = 0; i < runs; i++) {
                    long[] firstAt = {-1};
                    long t0 = System.nanoTime();
                    Future<SiteSearch.Outcome> f = worker.submit(() -> SiteSearch.run(session, q, Map.of(), h -> {
                        if (firstAt[0] < 0) {
                            firstAt[0] = System.nanoTime();
                        }
                    }, () -> false));
                    SiteSearch.Outcome o = f.get(60, TimeUnit.SECONDS);
                    all[i] = (System.nanoTime() - t0) / 1e6;
                    first[i] = firstAt[0] < 0 ? all[i] : (firstAt[0] - t0) / 1e6;
                    hits = o.hits();
                }
                System.out.printf(Locale.ROOT, "%-45s %5d hits  first: %s  all: %s%n", "'" + q.text() + "' ("
                        + q.scope() + (q.regex() ? ", regex" : "") + ")", hits, stats(first, reported),
                        stats(all, reported));
            }
        } finally {
            worker.shutdownNow();
            if (generated) {
                BenchSites.delete(root);
            }
        }
    }

    /** Median and max of the last {@code reported} runs, in ms. */
    private static String stats(double[] ms, int reported) {
        double[] last = Arrays.copyOfRange(ms, ms.length - reported, ms.length);
        Arrays.sort(last);
        return String.format(Locale.ROOT, "median %.1f ms, max %.1f ms", last[last.length / 2],
                last[last.length - 1]);
    }
}
