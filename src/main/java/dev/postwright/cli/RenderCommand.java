package dev.postwright.cli;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.render.HtmlExporter;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.PostHeaders;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postwright render}: one self-contained HTML page of a post, exactly as the preview shows it. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Render a post to one self-contained HTML file (images inlined, scripts removed).",
            "Exit status: 0 written; 1 written, but the frontmatter is broken (reported as check reports it);",
            "2 could not read the post or write the output, or the output is a markdown file or a post."
        })
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The post to render.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.html",
            description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--dark", description = "Use the dark style.")
    boolean dark;

    @Option(names = "--load-remote", description = "Keep remote images and embeds instead of placeholders.")
    boolean loadRemote;

    private final Clock clock;

    RenderCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            err.println("postwright render: " + file + " is not a file. Give the path of a post.");
            return Cli.EXIT_USAGE;
        }
        Site site = SiteDetector.detect(abs, Optional.empty());
        if (output != null) {
            Optional<String> refusal = RenderOutputGuard.refusal(abs, output, site);
            if (refusal.isPresent()) {
                err.println("postwright render: " + refusal.get());
                return Cli.EXIT_USAGE;
            }
        }
        MarkdownEngine engine = new MarkdownEngine();
        PostAnalysis post;
        try {
            post = new PostAnalyzer(site, engine)
                    .analyze(abs, PostFile.read(abs).text());
        } catch (PostReadException e) {
            err.println("postwright render: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        if (post.failure().isPresent()) {
            err.println("postwright render: " + post.failure().get() + " Nothing was rendered.");
            return 1;
        }
        int exit = FrontmatterErrors.report(file, post.frontmatter(), err);
        String html = new HtmlExporter(engine, new PageTemplate())
                .export(
                        PostHeaders.of(post, clock),
                        post.markdown(),
                        new SiteImageResolver(
                                site.root(),
                                site.publicDir(),
                                abs.getParent(),
                                () -> site.generator().importAliases(site.root())),
                        dark,
                        loadRemote);
        if (output == null) {
            spec.commandLine().getOut().print(html);
            return exit;
        }
        try {
            Path out = output.toAbsolutePath().normalize();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, html, StandardCharsets.UTF_8);
            return exit;
        } catch (IOException e) {
            err.println("postwright render: could not write " + output + ": " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
    }
}
