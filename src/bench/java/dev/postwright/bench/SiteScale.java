package dev.postwright.bench;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.main.MainViewModel;
import dev.postwright.ui.main.MainWindow;
import dev.postwright.ui.main.PostwrightApp;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Theme;
import dev.postwright.ui.theme.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The window on a generated 10,000-post site (issue 23), headless: open (window shown → rows painted → all rows →
 * site read → problem counts in), a keystroke in the sidebar's filter and a change of its sort order (key or choice →
 * frame painted, as {@link UiLatency} measures), the whole site's problems view, and the used heap after GC.
 * Usage: {@code SiteScale [POSTS=10000] [SITE]} (a site folder to use instead of generating one);
 * {@code -Dbench.brokenEvery=N} adds a broken link to every Nth post first, for a problems view with thousands of rows.
 */
public final class SiteScale {

    private SiteScale() {}

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = args.length > 1 ? Path.of(args[1]) : BenchSites.generate(posts);
        int brokenEvery = Integer.getInteger("bench.brokenEvery", 0);
        if (brokenEvery > 0) {
            for (int i = 0; i < posts; i += brokenEvery) {
                Files.writeString(
                        BenchSites.post(root, i),
                        "\nSee [the lost notes](./no-such-post-" + i + ".md).\n",
                        StandardOpenOption.APPEND);
            }
        }
        Fx.start();
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "postwright-worker");
            t.setDaemon(true);
            return t;
        });
        Fx.run(() -> new Themes().apply(Theme.LIGHT));
        MainViewModel vm =
                Fx.call(() -> new MainViewModel(background, Clock.systemDefaultZone(), new MarkdownEngine()));
        Stage stage = Fx.call(Stage::new);
        Scene scene = Fx.call(() -> {
            Scene s = PostwrightApp.buildScene(new MainWindow(stage, vm, url -> {}, new BenchDialogs()));
            stage.setScene(s);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            return s;
        });
        MainWindow window = (MainWindow) scene.getRoot();
        ListView<?> list = Fx.call(() -> (ListView<?>) scene.lookup("#post-list"));

        open(vm, scene, list, root, posts);
        System.out.printf(
                Locale.ROOT,
                "heap-10k: site open, counts in, no tabs: %.1f MB used after GC (max heap %.0f MB)%n",
                Fx.usedHeapAfterGc() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        filter(scene, list);
        sort(scene);
        problems(window, scene, root);
        background.shutdownNow();
        if (args.length < 2) {
            BenchSites.delete(root);
        }
        System.exit(0);
    }

    /** Painted-at times of the first pulses at which each condition held (checked after each pulse's layout). */
    private static final class Milestones {
        final List<BooleanSupplier> conditions = new ArrayList<>();
        final long[] paintedAt;

        Milestones(Scene scene, List<BooleanSupplier> conditions) {
            this.conditions.addAll(conditions);
            this.paintedAt = new long[conditions.size()];
            boolean[] seen = new boolean[conditions.size()];
            scene.addPostLayoutPulseListener(() -> {
                for (int i = 0; i < seen.length; i++) {
                    if (!seen[i] && this.conditions.get(i).getAsBoolean()) {
                        seen[i] = true;
                        int at = i;
                        Platform.runLater(() -> Fx.afterRender(() -> paintedAt[at] = System.nanoTime()));
                    }
                }
            });
        }

        boolean done() {
            for (long t : paintedAt) {
                if (t == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** From the window shown, as the launcher's window is when the site opens; the launcher starts reading earlier. */
    static void open(MainViewModel vm, Scene scene, ListView<?> list, Path root, int posts) throws Exception {
        Milestones m = Fx.call(() -> new Milestones(
                scene,
                List.of(
                        () -> !list.getItems().isEmpty(),
                        () -> list.getItems().size() >= posts,
                        () -> vm.sessionProperty().get() != null,
                        () -> vm.posts().visibleRows().stream().anyMatch(r -> r.errors() > 0))));
        long t0 = Fx.call(() -> {
            long t = System.nanoTime();
            vm.open(root);
            return t;
        });
        long until = System.nanoTime() + 900_000_000_000L;
        while (!m.done() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        String[] what = {"first rows painted", "all rows listed", "site read (session ready)", "problem counts in"};
        for (int i = 0; i < what.length; i++) {
            System.out.printf(
                    Locale.ROOT,
                    "open-10k: window shown -> %s: %.0f ms%n",
                    what[i],
                    m.paintedAt[i] == 0 ? Double.NaN : (m.paintedAt[i] - t0) / 1e6);
        }
    }

    /**
     * A writer's query typed into the filter one character at a time, then erased one at a time (a shorter filter
     * scans every row again); keys at a random phase of the pulse timer, 80-96 ms apart.
     */
    static void filter(Scene scene, ListView<?> list) throws Exception {
        TextField filter = Fx.call(() -> (TextField) scene.lookup("#post-filter"));
        PulseClock pulse = Fx.call(() -> new PulseClock(scene));
        String query = System.getProperty("bench.query", "morning folder");
        Random jitter = new Random(42);
        List<Double> typed = new ArrayList<>();
        List<Double> erased = new ArrayList<>();
        List<Double> handled = new ArrayList<>();
        for (int round = 0; round < 3; round++) { // the first round warms up the JIT and is not counted
            for (int i = 0; i < query.length() * 2; i++) {
                boolean typing = i < query.length();
                char c = query.charAt(Math.min(i, query.length() - 1));
                long[] t = Fx.call(() -> {
                    long t0 = System.nanoTime();
                    pulse.arm();
                    if (typing) {
                        filter.insertText(filter.getLength(), String.valueOf(c));
                    } else {
                        filter.deleteText(filter.getLength() - 1, filter.getLength());
                    }
                    return new long[] {t0, System.nanoTime()};
                });
                long until = System.nanoTime() + 5_000_000_000L;
                while (pulse.paintedAt == 0 && System.nanoTime() < until) {
                    Thread.sleep(1);
                }
                if (round > 0) {
                    (typing ? typed : erased).add((pulse.paintedAt - t[0]) / 1e6);
                    handled.add((t[1] - t[0]) / 1e6);
                }
                Thread.sleep(80 + jitter.nextInt(17));
            }
        }
        int shown = Fx.call(() -> list.getItems().size());
        System.out.println(Fx.stats("filter-10k: key typed -> list painted (\"" + query + "\")", typed));
        System.out.println(Fx.stats("filter-10k: key erased -> list painted", erased));
        System.out.println(Fx.stats("filter-10k: key handled (filter applied, in the event)", handled));
        System.out.println("filter-10k: rows shown with the filter empty again: " + shown);
    }

    /** Each order chosen in turn, with the filter empty; the first choice of an order sorts, later ones do not. */
    @SuppressWarnings("unchecked")
    static void sort(Scene scene) throws Exception {
        ComboBox<Object> sort = Fx.call(() -> (ComboBox<Object>) scene.lookup("#post-sort"));
        List<Object> orders = Fx.call(() -> List.copyOf(sort.getItems()));
        PulseClock pulse = Fx.call(() -> new PulseClock(scene));
        Random jitter = new Random(7);
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (int k = 1; k <= orders.size(); k++) {
                Object order = orders.get(k % orders.size());
                long t0 = Fx.call(() -> {
                    long t = System.nanoTime();
                    pulse.arm();
                    sort.setValue(order);
                    return t;
                });
                long until = System.nanoTime() + 5_000_000_000L;
                while (pulse.paintedAt == 0 && System.nanoTime() < until) {
                    Thread.sleep(1);
                }
                (round == 0 ? first : again).add((pulse.paintedAt - t0) / 1e6);
                Thread.sleep(80 + jitter.nextInt(17));
            }
        }
        System.out.println(Fx.stats("sort-10k: order chosen the first time -> list painted", first));
        System.out.println(Fx.stats("sort-10k: order chosen again -> list painted", again));
    }

    /** A post's tab, then its problems view switched to the whole site: click → all rows in the table, painted. */
    static void problems(MainWindow window, Scene scene, Path root) throws Exception {
        PostTabView view = Fx.call(() -> window.postTabs().open(BenchSites.post(root, 1))).get();
        Thread.sleep(1500);
        TableView<?> table = view.problemsPanel().table();
        Object postItems = Fx.call(table::getItems);
        PulseClock pulse = Fx.call(() -> new PulseClock(scene));
        long[] t = Fx.call(() -> {
            long t0 = System.nanoTime();
            view.problemsPanel().showWholeSite();
            return new long[] {t0, System.nanoTime()};
        });
        long shownAt = 0;
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            if (Fx.call(() -> table.getItems() != postItems)) { // the whole site's list is in
                shownAt = System.nanoTime();
                Fx.run(pulse::arm);
                break;
            }
            Thread.sleep(1);
        }
        while (pulse.paintedAt == 0 && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        int problems = Fx.call(() -> table.getItems().size());
        int rows = Fx.call(() -> table.lookupAll(".table-row-cell").size());
        System.out.printf(
                Locale.ROOT,
                "problems-view-10k: %d problems; click handled in %.1f ms; rows in the table %.0f ms; painted %.0f ms;"
                        + " %d row nodes%n",
                problems,
                (t[1] - t[0]) / 1e6,
                (shownAt - t[0]) / 1e6,
                (pulse.paintedAt - t[0]) / 1e6,
                rows);
        Fx.run(() -> {
            view.viewModel().discard();
            window.postTabs().closeSelected();
        });
    }
}
