package dev.postwright.cli;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.workspace.SiteChecker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postwright list}: every post with the URL, slug, dates, state, tags and heading ids the site gives it. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List every post: file, collection, URL, slug, title, dates, draft/scheduled state, tags "
                    + "and heading ids, as the site's generator builds them.",
            "Exit status: 0 listed, 2 could not run."
        })
final class ListCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        tsv
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "PATH",
            description = "The site root or a folder inside it (default: the current folder).")
    Path path;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json|tsv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

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

    ListCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> pathFromRef = new ArrayList<>();
        String changedRef = ChangedPosts.splitPathFromRef(changed, pathFromRef);
        Path given = path != null ? path : pathFromRef.isEmpty() ? Path.of(".") : pathFromRef.get(0);
        Path abs = given.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            err.println("postwright list: " + given + " does not exist. Give a site root or a folder inside it.");
            return Cli.EXIT_USAGE;
        }
        Site site;
        try {
            site = SiteDetector.detect(abs, Optional.ofNullable(preset));
        } catch (IllegalArgumentException e) {
            err.println("postwright list: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        site.warnings().forEach(w -> err.println("postwright list: warning: " + w));
        Predicate<Path> wanted = p -> true;
        if (changedRef != null) {
            Optional<ChangedPosts.Scope> scope = ChangedPosts.find("list", site, changedRef, err);
            if (scope.isEmpty()) {
                return Cli.EXIT_USAGE;
            }
            wanted = scope.get().contains();
            if (scope.get().count() == 0) {
                err.println(
                        "postwright list: no changed posts since " + scope.get().ref() + ".");
            }
        }
        Predicate<Path> changedOnly = wanted;
        // The same guarded reading as check: a post that cannot be read is listed with the reason.
        List<SiteChecker.Listed> posts = new SiteChecker(site, new MarkdownEngine(), clock)
                .list().stream()
                        .filter(l -> abs.equals(site.root()) || l.path().startsWith(abs))
                        .filter(l -> changedOnly.test(l.path()))
                        .toList();
        PostListing listing = PostListing.of(site, posts, clock, zone(site));
        out.print(
                switch (format) {
                    case json -> listing.json() + "\n";
                    case tsv -> listing.tsv();
                    case text -> listing.text();
                });
        return 0;
    }

    private ZoneId zone(Site site) {
        try {
            return site.config().timezone().map(ZoneId::of).orElse(clock.getZone());
        } catch (DateTimeException e) {
            return clock.getZone();
        }
    }
}
