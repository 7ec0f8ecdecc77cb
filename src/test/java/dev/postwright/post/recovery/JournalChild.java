package dev.postwright.post.recovery;

import java.nio.file.Path;

/** Run in a child JVM: records one entry, says so, then waits to be killed (or halts with 137). */
public final class JournalChild {

    private JournalChild() {}

    public static void main(String[] args) throws Exception {
        new Journal(Path.of(args[0])).record(Path.of(args[1]), args[2], args[3]);
        System.out.println("recorded");
        System.out.flush();
        if (args.length > 4 && args[4].equals("halt")) {
            Runtime.getRuntime().halt(137);
        }
        Thread.sleep(60_000);
    }
}
