package dev.postwright.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.net.URL;
import java.net.URLClassLoader;

import java.lang.reflect.Method;

/**
 * Optional async-profiler around the measured keystrokes: {@code -Dbench.profiler=/path/libasyncProfiler.so}
 * (from Maven Central's {@code tools.profiler:async-profiler}, linux-x64 jar) and
 * {@code -Dbench.profiler.args=event=itimer,interval=200us,threads,collapsed,file=/tmp/typing.collapsed}.
 * Reached by reflection so the harness needs no profiler to build or run.
 */
final class Profiler {
    private static Object instance;
    private static Method execute;
    /** What to profile and how to write it ({@code bench.profiler.args} without its {@code file=}). */
    private static String options;
    private static String file;

    private Profiler() {
    }

    static void start() {
        String lib = System.getProperty("bench.profiler");
        if (lib == null) {
            return;
        }
        try {
            ClassLoader loader = new URLClassLoader(new URL[] {
                    Path.of(lib).getParent().getParent().toUri().toURL()});
            Class<?> c = Class.forName("one.profiler.AsyncProfiler", true, loader);
            instance = c.getMethod("getInstance", String.class).invoke(null, lib);
            execute = c.getMethod("execute", String.class);
            String[] split = System.getProperty("bench.profiler.args",
                    "event=itimer,interval=200us,threads,collapsed,file=/tmp/typing.collapsed").split(",file=", 2);
            options = split[0];
            file = split.length > 1 ? split[1] : "/tmp/typing.collapsed";
            execute.invoke(instance, "start," + options);
            System.out.println("profiler: started (" + options + ")");
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("async-profiler not loaded from " + lib, e);
        }
    }

    static void stop() {
        if (instance == null) {
            return;
        }
        try {
            // the output options (collapsed, threads) again; what to sample only mattered to start
            execute.invoke(instance, "stop,file=" + file + "," + options.replaceAll("event=[^,]*,?|interval=[^,]*,?", ""));
            System.out.println("profiler: written to " + file);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
