package dev.postwright.ui.problems;

import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The whole site's problems as the panel shows them, made off the FX thread: grouped by file (in path order, then
 * by position), with the counts of the summary line.
 */
record SiteProblems(ObservableList<Problem> problems, long errors, long warnings, long infos) {

    private static final Comparator<Problem> BY_FILE = Comparator.comparing(
                    (Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    static SiteProblems of(List<Problem> gathered) {
        List<Problem> sorted = new ArrayList<>(gathered);
        sorted.sort(BY_FILE);
        long errors = 0;
        long warnings = 0;
        for (Problem p : sorted) {
            if (p.severity() == Severity.ERROR) {
                errors++;
            } else if (p.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new SiteProblems(
                FXCollections.observableList(sorted), errors, warnings, sorted.size() - errors - warnings);
    }
}
