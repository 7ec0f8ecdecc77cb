package dev.postwright.cli;

import dev.postwright.site.Site;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Runs the online link check for {@code check --online}. */
final class OnlineCheck {
    private OnlineCheck() {}

    static List<Problem> run(Site site, CheckResult result, PrintWriter err) {
        err.println("postwright check: --online is not available in this build yet; external links were not checked.");
        return List.of();
    }
}
