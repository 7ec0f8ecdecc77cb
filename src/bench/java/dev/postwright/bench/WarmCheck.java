package dev.postwright.bench;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.validation.CheckResult;
import dev.postwright.workspace.SiteChecker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm in-process {@code check}: detects the site and runs {@link SiteChecker#check} several times in one JVM
 * (site detection, engine and checker built anew each run, as the CLI does), reporting the last runs.
 * Usage: {@code WarmCheck SITE [runs=5] [reported=3]}.
 */
public final class WarmCheck {

    private WarmCheck() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int reported = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double[] ms = new double[runs];
        int problems = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Site site = BenchSites.detect(root);
            CheckResult r = new SiteChecker(site, new MarkdownEngine(), Clock.systemUTC()).check(List.of());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            problems = r.problems().size();
            System.out.printf(Locale.ROOT, "run %d: %.0f ms (%d problems)%n", i + 1, ms[i], problems);
        }
        double[] last = Arrays.copyOfRange(ms, runs - reported, runs);
        Arrays.sort(last);
        System.out.printf(Locale.ROOT, "warm check %s: last %d runs min %.0f ms, median %.0f ms, max %.0f ms%n",
                root.getFileName(), reported, last[0], last[last.length / 2], last[last.length - 1]);
    }
}
