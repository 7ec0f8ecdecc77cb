package dev.postwright.cli;

import picocli.CommandLine;

/** The subcommands, registered in one place. */
final class Commands {
    private Commands() {}

    static void register(CommandLine cl) {
    }
}
