package dev.postwright.app;

import dev.postwright.cli.Cli;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Entry point of the fat jar. A plain class (not an {@code Application}) so JavaFX starts from the
 * classpath, and so a subcommand runs headless without ever touching the JavaFX toolkit.
 */
public final class Launcher {

    private static final Set<String> CLI_WORDS =
            Set.of("check", "get", "set", "render", "new", "list", "help", "-h", "--help", "-V", "--version");

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && CLI_WORDS.contains(args[0])) {
            OptionalInt cli = CliFastStart.relaunch(Launcher.class, args);
            if (cli.isPresent()) {
                System.exit(cli.getAsInt());
            }
            System.exit(Cli.run(args));
        }
        OptionalInt child = FastStart.relaunch(Launcher.class, args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        DesktopMain.launch(args);
    }
}
