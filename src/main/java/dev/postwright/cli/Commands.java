package dev.postwright.cli;

import java.time.Clock;
import picocli.CommandLine;

/** The subcommands, registered in one place. */
final class Commands {
    private Commands() {}

    static void register(CommandLine cl, Clock clock) {
        cl.addSubcommand(new CheckCommand(clock));
        cl.addSubcommand(new GetCommand());
        cl.addSubcommand(new SetCommand(clock));
        cl.addSubcommand(new NewCommand(clock));
        cl.addSubcommand(new RenderCommand(clock));
        cl.addSubcommand(new ListCommand(clock));
    }
}
