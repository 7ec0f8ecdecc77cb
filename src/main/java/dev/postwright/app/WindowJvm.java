package dev.postwright.app;

import java.util.List;

/**
 * How the window's JVM compiles, chosen for the machine. On a machine with two processors the JIT's optimising
 * compiler (C2) takes one of them for the first minute after a site opens, compiling what opening it ran, while
 * the writer types: keystrokes, form fields and the first post's preview then share one processor with JavaFX's
 * render thread and the post's analysis. C1 alone compiles in a fraction of the time: the window shows its first
 * post about 0.8 s sooner and a form keystroke is painted about 5 ms sooner (bench/RESULTS.md, stop 16). What it
 * gives up is top speed in long loops (a 1 MB preview renders in about 330 ms instead of 200 ms, within its 500 ms
 * budget). With more processors C2 has one of its own and the JVM keeps its defaults.
 */
final class WindowJvm {
    /** Up to this many processors the window's JVM compiles with C1 only. */
    static final int SMALL_MACHINE = 2;

    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private WindowJvm() {}

    /** Options to add to the window's JVM command, given this machine and the options the writer gave. */
    static List<String> options(int processors, List<String> jvmArgs) {
        if (processors > SMALL_MACHINE || jvmArgs.stream().anyMatch(WindowJvm::choosesCompiler)) {
            return List.of();
        }
        return List.of(C1_ONLY);
    }

    /** An option by which the writer chose how this JVM compiles: theirs stands. */
    static boolean choosesCompiler(String a) {
        return a.startsWith("-XX:TieredStopAtLevel")
                || a.startsWith("-XX:-TieredCompilation")
                || a.startsWith("-XX:+TieredCompilation")
                || a.startsWith("-XX:Tier")
                || a.startsWith("-XX:CICompilerCount")
                || a.equals("-Xint")
                || a.equals("-Xcomp");
    }
}
