package dev.postwright.app;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.OptionalInt;

/** Main class of the jar CliFastStartTest builds: relaunches as Launcher does for a command, then says how it ran. */
public final class CliFastStartProbe {
    private CliFastStartProbe() {}

    public static void main(String[] args) {
        OptionalInt child = CliFastStart.relaunch(CliFastStartProbe.class, args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String archive = jvm.stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"))
                .findFirst()
                .orElse("none");
        System.out.println("child=" + System.getProperty(FastStart.CHILD) + " c1="
                + jvm.contains("-XX:TieredStopAtLevel=1") + " archive=" + archive + " args=" + String.join(",", args));
        System.exit(1); // what check says when it found errors: an ordinary run
    }
}
