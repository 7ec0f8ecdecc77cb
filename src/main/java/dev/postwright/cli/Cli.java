package dev.postwright.cli;

import dev.postwright.validation.Failures;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code postwright} command line: headless subcommands sharing the editor's engine. */
@Command(
        name = "postwright",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Check, read, edit and render the markdown posts of a static site.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Cli {

    /** Exit code when the command could not run at all (bad option, missing path). */
    public static final int EXIT_USAGE = 2;

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        var utf8 = StandardCharsets.UTF_8;
        return run(
                new PrintWriter(new OutputStreamWriter(System.out, utf8), true),
                new PrintWriter(new OutputStreamWriter(System.err, utf8), true),
                args);
    }

    /** Runs with the given streams (tests) and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Clock.systemDefaultZone(), out, err, args);
    }

    /** Runs with a fixed clock (tests) and the given streams. */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        Commands.register(cl, clock);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("postwright: " + Failures.describe(ex));
            return EXIT_USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // never a stack trace or a class name for the writer (issue #18); files are only ever replaced whole
            err.println("postwright: could not finish: " + Failures.describe(e) + " No file was changed.");
            code = EXIT_USAGE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Reads the version from the jar manifest, falling back to "dev". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"postwright " + (v != null ? v : "dev")};
        }
    }
}
