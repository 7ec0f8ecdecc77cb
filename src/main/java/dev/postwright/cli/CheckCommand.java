package dev.postwright.cli;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.spell.Dictionaries;
import dev.postwright.spell.SiteSpelling;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Rule;
import dev.postwright.validation.body.SpellingRule;
import dev.postwright.validation.report.ProblemReport;
import dev.postwright.workspace.SiteChecker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postwright check}: validates a site, a folder or some files with the editor's rules. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check posts for broken frontmatter, slugs, tags, links and images.",
            "Exit status: 0 no errors, 1 errors found, 2 could not run."
        })
final class CheckCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "A site root, a folder or post files (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--online", description = "Also check external links over the network (cached).")
    boolean online;

    @Option(
            names = "--spelling",
            description = "Also check spelling (rule spelling.unknown, info unless the site's"
                    + " .postwright.yml says otherwise), with the site dictionary .postwright/dictionary.txt.")
    boolean spelling;

    @Option(names = "--preset", paramLabel = "NAME", description = "Force the site preset: astropaper, hugo or jekyll.")
    String preset;

    @Option(
            names = "--changed",
            arity = "0..1",
            fallbackValue = "",
            paramLabel = "REF",
            description = ChangedPosts.OPTION_HELP)
    String changed;

    private final Clock clock;

    CheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String changedRef = ChangedPosts.splitPathFromRef(changed, paths);
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        List<Path> absolute = new ArrayList<>();
        for (Path p : targets) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                err.println("postwright check: " + p + " does not exist. Give a site root, a folder or post files.");
                return Cli.EXIT_USAGE;
            }
            absolute.add(abs);
        }
        Site site;
        try {
            site = SiteDetector.detect(absolute.get(0), Optional.ofNullable(preset));
        } catch (IllegalArgumentException e) {
            err.println("postwright check: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        site.warnings().forEach(w -> err.println("postwright check: warning: " + w));
        List<Path> only = new ArrayList<>();
        for (Path abs : absolute) {
            if (!abs.startsWith(site.root())) {
                err.println("postwright check: " + abs + " is outside the site at " + site.root()
                        + ". Check one site at a time.");
                return Cli.EXIT_USAGE;
            }
            if (Files.isDirectory(abs)) {
                if (!abs.equals(site.root())) {
                    site.listPosts().stream().filter(f -> f.startsWith(abs)).forEach(only::add);
                    if (only.isEmpty()) {
                        err.println("postwright check: no posts under " + abs);
                    }
                }
            } else {
                only.add(abs);
            }
        }
        boolean wholeSite = absolute.stream().anyMatch(a -> a.equals(site.root()));
        if (changedRef != null) {
            Optional<ChangedPosts.Scope> scope = ChangedPosts.find("check", site, changedRef, err);
            if (scope.isEmpty()) {
                return Cli.EXIT_USAGE;
            }
            List<Path> candidates = wholeSite ? site.listPosts() : List.copyOf(only);
            only.clear();
            candidates.stream().filter(scope.get().contains()).forEach(only::add);
            wholeSite = false;
            if (only.isEmpty()) {
                err.println("postwright check: no changed posts since "
                        + scope.get().ref() + ".");
                ProblemReport none =
                        new ProblemReport(site.root(), site.preset().id(), 0, List.of());
                out.println(format == Format.json ? none.json() : none.text(useColour()));
                return 0;
            }
        }
        // the command line leaves the personal dictionary out: a CI job must give the same answer on every machine
        List<Rule> extra = spelling
                ? List.of(new SpellingRule(SiteSpelling.open(
                        site.root(),
                        Dictionaries.create(List.of(), Optional.of(Dictionaries.SYSTEM_FOLDER)),
                        Optional.empty())))
                : List.of();
        CheckResult result =
                new SiteChecker(site, new MarkdownEngine(), clock, extra).check(wholeSite ? List.of() : only);
        if (!wholeSite && only.isEmpty()) {
            return 0;
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        if (online) {
            problems.addAll(OnlineCheck.run(site, result, err));
        }
        ProblemReport report = new ProblemReport(site.root(), site.preset().id(), result.files(), problems);
        out.println(format == Format.json ? report.json() : report.text(useColour()));
        return report.exitCode();
    }

    private static boolean useColour() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
