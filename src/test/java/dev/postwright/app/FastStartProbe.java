package dev.postwright.app;

import java.lang.management.ManagementFactory;
import java.util.OptionalInt;

/** Main class of the jar FastStartTest builds: relaunches as Launcher does, then reports how it ran. */
public final class FastStartProbe {
    private FastStartProbe() {}

    public static void main(String[] args) {
        OptionalInt child = FastStart.relaunch(FastStartProbe.class, args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        String archive = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"))
                .findFirst()
                .orElse("none");
        System.out.println("child=" + System.getProperty(FastStart.CHILD) + " archive=" + archive + " args="
                + String.join(",", args));
        System.exit(7);
    }
}
