package dev.postwright.validation.report;

import dev.postwright.validation.Fix;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@code postwright check} as JSON or text, and its exit code.
 *
 * <p>Problems are sorted by relative file, line, column, rule (stable for equal keys). Files are
 * shown relative to the root with {@code /} separators (a file outside the root keeps its
 * {@code ../} path). In JSON the {@code fix} key holds the fix's description and is omitted
 * when a problem has no fix; infos are listed but not counted in the header, as SPEC §6 shows.
 */
public final class ProblemReport {

    private static final String RESET = "\u001b[0m";

    private final Path root;
    private final String preset;
    private final int files;
    private final List<Problem> problems;

    public ProblemReport(Path root, String preset, int files, List<Problem> problems) {
        this.root = Objects.requireNonNull(root, "root");
        this.preset = Objects.requireNonNull(preset, "preset");
        this.files = files;
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((Problem p) -> relative(p.file()))
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column)
                .thenComparing(Problem::rule));
        this.problems = List.copyOf(sorted);
    }

    /** The problems in report order. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems have the given severity. */
    public int count(Severity severity) {
        return (int) problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** 0 when there are no errors, 1 otherwise (2, "could not run", is the CLI's business). */
    public int exitCode() {
        return count(Severity.ERROR) > 0 ? 1 : 0;
    }

    /** The report as one JSON object, one problem a line, no trailing newline. */
    public String json() {
        StringBuilder sb = new StringBuilder(128 + problems.size() * 160);
        sb.append("{\"version\":1,\"root\":")
                .append(Json.quote(root.toString()))
                .append(",\"preset\":")
                .append(Json.quote(preset))
                .append(",\"files\":")
                .append(files)
                .append(",\"errors\":")
                .append(count(Severity.ERROR))
                .append(",\"warnings\":")
                .append(count(Severity.WARNING))
                .append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            appendJson(sb, problems.get(i));
        }
        return sb.append(problems.isEmpty() ? "]}" : "\n]}").toString();
    }

    /**
     * One {@code file:line:column: severity rule message} line a problem (line breaks in
     * messages flattened to spaces), then the summary; lines end in {@code \n} except the last.
     * With {@code colour} the severity word is wrapped in ANSI colour codes.
     */
    public String text(boolean colour) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(relative(p.file()))
                    .append(':')
                    .append(p.line())
                    .append(':')
                    .append(p.column())
                    .append(": ")
                    .append(colour ? colour(p.severity()) : p.severity().id())
                    .append(' ')
                    .append(p.rule())
                    .append(' ')
                    .append(oneLine(p.message()))
                    .append('\n');
        }
        return sb.append(summary()).toString();
    }

    /** {@code 12 files checked: 3 errors, 5 warnings, 2 infos} (zero counts left out) or {@code …: no problems}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = count(s);
            if (n > 0) {
                parts.add(plural(n, s.id()));
            }
        }
        return plural(files, "file") + " checked: " + (parts.isEmpty() ? "no problems" : String.join(", ", parts));
    }

    /** {@code file} relative to the root, {@code /}-separated. */
    public String relative(Path file) {
        Path rel = file;
        if (file.isAbsolute() == root.isAbsolute()) {
            rel = root.normalize().relativize(file.normalize());
        }
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }

    private void appendJson(StringBuilder sb, Problem p) {
        sb.append("{\"file\":")
                .append(Json.quote(relative(p.file())))
                .append(",\"line\":")
                .append(p.line())
                .append(",\"column\":")
                .append(p.column())
                .append(",\"severity\":")
                .append(Json.quote(p.severity().id()))
                .append(",\"rule\":")
                .append(Json.quote(p.rule()))
                .append(",\"message\":")
                .append(Json.quote(p.message()));
        p.fix().map(Fix::description).ifPresent(d -> sb.append(",\"fix\":").append(Json.quote(d)));
        sb.append('}');
    }

    private static String colour(Severity s) {
        String code = switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
        return code + s.id() + RESET;
    }

    private static String oneLine(String message) {
        return message.replaceAll("[\\r\\n\\t\\u0000-\\u001f]+", " ");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
