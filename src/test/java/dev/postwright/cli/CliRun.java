package dev.postwright.cli;

import dev.postwright.site.PostSummary;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process with captured streams and a fixed clock. */
record CliRun(int code, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T13:05:00Z"), ZoneId.of("UTC"));

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(
                code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /**
     * Runs {@code set} with a stand-in slug rule: {@code Rules.standard()} is still empty on this branch, so the
     * refusal path is exercised with a rule of the same id.
     */
    static CliRun runSetWithSlugRule(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(
                new SetCommand(index -> new Validator(index.site(), index, CLOCK, List.of(new DuplicateUrlRule()))));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Reports slug.duplicate when another post has the same URL, like the real rule. */
    static final class DuplicateUrlRule implements Rule {
        @Override
        public void check(PostAnalysis post, RuleContext context) {
            for (PostSummary other : context.index().byUrl(post.summary().url())) {
                if (!other.path().equals(post.path())) {
                    context.report(
                            RuleId.SLUG_DUPLICATE,
                            1,
                            1,
                            "The URL " + post.summary().url() + " is also used by " + other.relPath());
                }
            }
        }
    }

    /** A copy of the bundled sample site in {@code dir}. */
    static Path sampleSite(Path dir) {
        try {
            return dev.postwright.TestSites.copy(
                    Path.of("assets/sample-site").toAbsolutePath(),
                    dir.resolve("site"),
                    StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
