package dev.postwright.cli;

import dev.postwright.post.PostWriteException;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.workspace.create.NewPostRequest;
import dev.postwright.workspace.create.PostCreator;
import dev.postwright.workspace.create.PostPlan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postwright new}: creates a post with the schema's defaults and a slug from its title. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Create a post in the site's content folder; prints its path and URL.",
            "Exit status: 0 created, 1 refused (slug taken, file exists, required field missing), " + "2 could not run."
        })
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The post's title.")
    String title;

    @Option(
            names = "--site",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The site root or any folder inside it (default: the current folder).")
    Path siteDir;

    @Option(names = "--tags", paramLabel = "a,b", description = "Tags, comma-separated.")
    String tags;

    @Option(
            names = "--draft",
            negatable = true,
            description = "Mark the post as a draft (--no-draft: not a draft). Without either, a Hugo archetype's "
                    + "draft setting stays.")
    Boolean draft;

    @Option(names = "--description", paramLabel = "TEXT", description = "The post's description.")
    String description;

    @Option(names = "--slug", paramLabel = "SLUG", description = "Use this slug instead of one made from the title.")
    String slug;

    @Option(names = "--dry-run", description = "Print the file it would write and write nothing.")
    boolean dryRun;

    private final Clock clock;

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(siteDir)) {
            err.println("postwright new: " + siteDir + " is not a folder. Pass --site with the site's root folder.");
            return Cli.EXIT_USAGE;
        }
        Site site = SiteDetector.detect(siteDir, Optional.empty());
        if (site.lone()) {
            err.println("postwright new: no site found at "
                    + siteDir.toAbsolutePath().normalize()
                    + " (no astro.config.*, hugo.toml or _config.yml with _posts/ in it or above it). "
                    + "Pass --site with the site's root folder.");
            return Cli.EXIT_USAGE;
        }
        site.warnings().forEach(w -> err.println("postwright new: warning: " + w));
        List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split(","));
        NewPostRequest req = new NewPostRequest(
                title,
                Optional.ofNullable(slug),
                tagList,
                Boolean.TRUE.equals(draft),
                Optional.ofNullable(description),
                draft != null);
        PostCreator creator = new PostCreator();
        PostPlan plan = creator.plan(site, req, clock);
        if (!plan.creatable()) {
            plan.refusals().forEach(r -> err.println("postwright new: " + r));
            err.println("postwright new: nothing was created.");
            return 1;
        }
        plan.warnings().forEach(w -> err.println("postwright new: warning: " + w));
        if (dryRun) {
            out.print(plan.text());
            err.println("postwright new: would create " + plan.file() + " (" + plan.url() + ")"
                    + (plan.copies().isEmpty()
                            ? ""
                            : " and copy " + plan.copies().size() + " file(s) from the archetype")
                    + "; nothing written.");
            return 0;
        }
        try {
            creator.create(plan);
        } catch (PostWriteException e) {
            err.println("postwright new: " + e.getMessage());
            return 1;
        }
        out.println(plan.file());
        out.println(plan.url());
        return 0;
    }
}
