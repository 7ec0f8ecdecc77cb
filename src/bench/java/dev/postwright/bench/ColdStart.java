package dev.postwright.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import dev.postwright.app.FastStart;
import dev.postwright.app.Launcher;
import java.util.Map;
import javafx.scene.Node;
import java.util.OptionalInt;
import javafx.scene.Parent;
import java.util.function.Supplier;
import java.util.TreeMap;

import dev.postwright.ui.main.MainWindow;
import dev.postwright.ui.post.PostTabView;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Cold start of the real app, one fresh process per sample: runs {@code app.Launcher} with a post file as the
 * writer would ({@code postwright POST.md}), and watches from the side for the milestones, printing each as
 * milliseconds since the process started: window shown, the post's text in its tab, its preview in the page,
 * and that frame painted. Exits when the last one is reached. Run it with a fresh {@code -Dpostwright.data}
 * folder (no remembered tabs). Headless Monocle unless {@code -Dbench.display=true} (then the platform's own
 * window system, e.g. GTK under Xvfb). {@code -Dbench.t0=EPOCH_MS} (the script's clock before it spawned the
 * JVM) makes the times include the JVM's own start; else they count from the JVM's recorded start.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        // as Launcher does: the window may start in a child JVM with the class-data archive (this class again)
        OptionalInt child = FastStart.relaunch(ColdStart.class, args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        if (!Boolean.getBoolean("bench.display")) {
            Fx.headlessProperties();
        }
        long t0 = Long.getLong("bench.t0", ManagementFactory.getRuntimeMXBean().getStartTime());
        Path post = Path.of(args[0]).toAbsolutePath();
        Thread watcher = new Thread(() -> watch(t0), "cold-start-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(new String[] {post.toString()});
    }

    private static void watch(long t0) {
        try {
            MainWindow window = poll(ColdStart::shownWindow);
            print("window shown", t0);
            PostTabView view = poll(() -> window.postTabs().selectedView()
                    .filter(v -> v.editorPane().editor().area().getLength() > 0
                            && v.getScene() != null && v.isVisible()));
            print("post text in its tab", t0);
            poll(() -> Optional.of(view).filter(v -> v.preview().isReady() && !v.preview().contentHtml().isBlank()));
            print("post preview in the page", t0);
            PulseClock painted = Fx.call(() -> new PulseClock(window.getScene()));
            Fx.run(() -> {
                painted.arm();
                window.requestLayout(); // make sure a pulse comes
            });
            while (painted.paintedAt == 0) {
                Thread.sleep(1);
            }
            long paintedMs = System.currentTimeMillis() - (System.nanoTime() - painted.paintedAt) / 1_000_000;
            System.out.printf(Locale.ROOT, "cold-start: %-28s %5d ms%n", "that frame painted", paintedMs - t0);
            if (Boolean.getBoolean("bench.nodes")) { // what the first frames had to style and lay out
                Fx.run(() -> {
                    Map<String, Integer> count = new TreeMap<>();
                    int total = countNodes(window, count, "");
                    System.out.println("cold-start: scene nodes " + total);
                    count.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                            .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
                });
            }
            System.out.flush();
            exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            exit(1);
        }
    }

    /** Exits through the shutdown hooks (a flight recording is written then), halting if they hang. */
    private static void exit(int code) {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(code);
        });
        halt.setDaemon(true);
        halt.start();
        System.exit(code);
    }

    private static int countNodes(Node node, Map<String, Integer> count, String area) {
        String here = node.getClass().getName().startsWith("dev.postwright") ? node.getClass().getSimpleName() : area;
        count.merge(here + " / " + node.getClass().getSimpleName(), 1, Integer::sum);
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += countNodes(child, count, here);
            }
        }
        return n;
    }

    private static Optional<MainWindow> shownWindow() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().getRoot() instanceof MainWindow m) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Asks the FX thread every 2 ms until {@code probe} answers (the toolkit may not have started yet). */
    private static <T> T poll(Supplier<Optional<T>> probe) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        answer.complete(probe.get());
                    } catch (RuntimeException e) {
                        answer.complete(Optional.empty());
                    }
                });
                Optional<T> found = answer.get();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IllegalStateException toolkitNotStarted) {
                // not yet
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("cold start: timed out");
    }

    private static void print(String milestone, long t0) {
        System.out.printf(Locale.ROOT, "cold-start: %-28s %5d ms%n", milestone, System.currentTimeMillis() - t0);
        System.out.flush();
    }
}
