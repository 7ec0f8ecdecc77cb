package dev.postwright.validation;

import dev.postwright.site.Site;
import java.util.List;

/** The outcome of checking a site or some of its files. */
public record CheckResult(Site site, int files, List<Problem> problems) {

    public CheckResult {
        problems = List.copyOf(problems);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
