package dev.postwright.bench;

import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.Parent;
import dev.postwright.ui.theme.Theme;
import dev.postwright.ui.theme.Themes;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
import dev.postwright.render.PostHeader;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.ui.editor.MarkdownEditor;
import dev.postwright.ui.main.MainViewModel;
import dev.postwright.ui.main.MainWindow;
import dev.postwright.ui.main.PostwrightApp;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.preview.PreviewPane;
import dev.postwright.ui.preview.PreviewRenderer;
import dev.postwright.ui.preview.PreviewRequest;
import dev.postwright.ui.preview.PreviewViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * Headless (Monocle) UI latency and heap harness for SPEC §8. Keystrokes are simulated as one-character
 * inserts into the editor's CodeArea at the caret, on the FX thread (the path a KEY_TYPED takes, minus event
 * dispatch). "On screen" means: the frame of the first scene pulse after the change is painted.
 * Usage: {@code UiLatency [highlight|preview|typing|form|tab|heap|all]} ({@code typing}: the real window's typing
 * case alone; {@code form}: typing in a form field, quiet and with both cores busy; {@code tab}: typing and the real
 * tab's preview cases).
 */
public final class UiLatency {

    private UiLatency() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        // The window's own JVM compiles with C1 only on a machine of up to two processors (app.WindowJvm): run
        // this harness with -XX:TieredStopAtLevel=1 there to measure the window as it runs.
        boolean c1 = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.equals("-XX:TieredStopAtLevel=1"));
        System.out.println("jvm: " + (c1 ? "C1 only (the window's JVM on a machine of 1-2 processors)"
                : "tiered C1+C2 (the window's JVM on a machine of 3+ processors)") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors here");
        Fx.start();
        if (mode.equals("highlight") || mode.equals("all")) {
            highlight();
        }
        if (mode.equals("preview") || mode.equals("all")) {
            preview(10_000, 40);
            preview(1_000_000, 15);
        }
        if (mode.equals("tab") || mode.equals("typing") || mode.equals("form") || mode.equals("heap")
                || mode.equals("all")) {
            app(mode);
        }
        System.exit(0);
    }

    // ---- keystroke → highlight, 100 KB ----

    static void highlight() throws Exception {
        String text = SiteGenerator.bigPost(100_000, 2);
        // the theme the app always runs with: its stylesheet is what every new paragraph cell is styled against
        Fx.run(() -> new Themes().apply(Theme.LIGHT));
        MarkdownEditor editor = Fx.call(MarkdownEditor::new);
        CodeArea area = editor.area();
        Stage stage = Fx.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(editor, 1000, 800));
            s.show();
            editor.replaceText(text);
            area.moveTo(area.getLength() / 2);
            area.requestFollowCaret();
            return s;
        });
        Typing.typing("highlight 100KB", stage.getScene(), area);
        Fx.run(() -> {
            stage.close();
            editor.dispose();
        });
    }

    // ---- keystroke → preview swapped, PreviewPane + PreviewViewModel ----

    static void preview(int size, int samples) throws Exception {
        String body = SiteGenerator.bigPost(size, 1);
        MarkdownEngine engine = new MarkdownEngine();
        PageTemplate template = new PageTemplate();
        ExecutorService exec = Executors.newSingleThreadExecutor();
        Path dir = Files.createTempDirectory("pw-preview");
        RenderOptions options = RenderOptions.of(new SiteImageResolver(dir, dir));
        PostHeader header = new PostHeader("A title", "2024-01-01", null, List.of("a"), 3, false, false);
        PreviewViewModel vm = Fx.call(() -> new PreviewViewModel(new PreviewRenderer(engine, template), exec));
        PreviewPane pane = Fx.call(() -> new PreviewPane(template));
        Stage stage = Fx.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(pane, 1000, 800));
            s.show();
            pane.contentProperty().bind(vm.contentProperty());
            return s;
        });
        Fx.await(pane::isReady, 30);
        AtomicLong swappedAt = new AtomicLong();
        PulseClock pulse = Fx.call(() -> new PulseClock(stage.getScene()));
        // registered after the pane's own listener, so this runs once the content is in the page
        Fx.run(() -> pane.contentProperty().addListener((o, a, c) -> {
            swappedAt.compareAndSet(0, System.nanoTime());
            pulse.arm();
        }));
        List<Double> swapped = new ArrayList<>();
        List<Double> onScreen = new ArrayList<>();
        int warm = 5;
        for (int i = 0; i < samples + warm; i++) {
            String edited = body.substring(0, body.length() / 2) + "x".repeat(i + 1) + body.substring(body.length() / 2);
            swappedAt.set(0);
            pulse.armedAt.set(0);
            pulse.pulseAt = 0;
            long t0 = Fx.call(() -> {
                long t = System.nanoTime();
                vm.request(new PreviewRequest(header, edited, 1, 0, options));
                return t;
            });
            long until = System.nanoTime() + 20_000_000_000L;
            while ((swappedAt.get() == 0 || pulse.pulseAt == 0) && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            if (i >= warm) {
                swapped.add((swappedAt.get() - t0) / 1e6);
                onScreen.add((pulse.pulseAt - t0) / 1e6);
            }
            Thread.sleep(200);
        }
        String kb = size >= 1_000_000 ? "1MB" : (size / 1000) + "KB";
        System.out.println(Fx.stats("preview " + kb + ": keystroke -> content swapped in page (incl. 60 ms debounce)",
                swapped));
        System.out.println(Fx.stats("preview " + kb + ": keystroke -> next pulse after swap", onScreen));
        Fx.run(stage::close);
        exec.shutdownNow();
    }

    // ---- the real window: keystroke → preview through PostTabView, and heap with many tabs ----

    static void app(String mode) throws Exception {
        Path root = BenchSites.generate(1000);
        Path big = root.resolve("src/data/blog/big-post.md");
        Files.writeString(big, SiteGenerator.bigPost(1_000_000, 3).replace("title: ", "title: Big "));
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "postwright-worker");
            t.setDaemon(true);
            return t;
        });
        Fx.run(() -> new Themes().apply(Theme.LIGHT)); // as the app
        MainViewModel vm = Fx.call(() -> new MainViewModel(background, Clock.systemDefaultZone(), new MarkdownEngine()));
        Stage stage = Fx.call(Stage::new);
        Scene scene = Fx.call(() -> {
            Scene s = PostwrightApp.buildScene(new MainWindow(stage, vm, url -> { }, new BenchDialogs()));
            stage.setScene(s);
            stage.show();
            return s;
        });
        MainWindow window = (MainWindow) scene.getRoot();
        long t0 = System.nanoTime();
        Fx.call(() -> vm.open(root)).get();
        System.out.printf(Locale.ROOT, "app: open 1000-post site in window: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        if (mode.equals("tab") || mode.equals("typing") || mode.equals("form") || mode.equals("all")) {
            Path hundred = root.resolve("src/data/blog/hundred-kb-post.md");
            Files.writeString(hundred, SiteGenerator.bigPost(100_000, 4).replace("title: ", "title: Hundred "));
            if (!mode.equals("form")) {
                tabTyping(window, hundred);
            }
            if (mode.equals("form") || mode.equals("all")) {
                FormTyping.run(window, hundred);
            }
        }
        if (mode.equals("tab") || mode.equals("all")) {
            tabPreview(window, BenchSites.post(root, 5), "8KB", 30);
            tabPreview(window, big, "1MB", 10);
            Fx.run(() -> window.postTabs().closeAll());
        }
        if (mode.equals("heap") || mode.equals("all")) {
            heap(window, root);
        }
        background.shutdownNow();
        BenchSites.delete(root);
    }

    static PostTabView open(MainWindow window, Path post) throws Exception {
        PostTabView view = Fx.call(() -> window.postTabs().open(post)).get();
        Fx.await(() -> !view.preview().contentHtml().isEmpty() || view.preview().isReady(), 30);
        return view;
    }

    /** Keystroke → highlighted text painted, in a real tab: analysis and preview run on every keystroke too. */
    static void tabTyping(MainWindow window, Path post) throws Exception {
        PostTabView view = open(window, post);
        CodeArea area = view.editorPane().editor().area();
        Fx.await(() -> view.preview().isReady(), 30);
        Thread.sleep(Long.getLong("bench.settle", 0)); // diagnostic: let the site's own background work finish
        Fx.run(() -> {
            area.requestFocus();
            area.moveTo(area.getLength() / 2);
            area.requestFollowCaret();
        });
        if (Boolean.getBoolean("bench.nodes")) { // parents with the most children: each pulse visits them all
            Fx.run(() -> {
                List<String> big = new ArrayList<>();
                int total = census(window, big, 0);
                System.out.println("tab: scene nodes " + total);
                big.stream().sorted(Comparator.reverseOrder()).limit(15).forEach(l -> System.out.println("  " + l));
            });
        }
        Typing.typing("tab 100KB", window.getScene(), area);
        Fx.run(() -> {
            view.viewModel().discard();
            window.postTabs().closeSelected();
        });
    }

    static int census(Node node, List<String> big, int depth) {
        int n = 1;
        if (node instanceof Parent p) {
            int kids = p.getChildrenUnmodifiable().size();
            if (kids > 20) {
                big.add(String.format(Locale.ROOT, "%6d children in %s (depth %d, parent %s)", kids,
                        p.getClass().getName(), depth, p.getParent() == null ? "-" : p.getParent().getClass().getSimpleName()));
            }
            for (Node c : p.getChildrenUnmodifiable()) {
                n += census(c, big, depth + 1);
            }
        }
        return n;
    }

    static void tabPreview(MainWindow window, Path post, String label, int samples) throws Exception {
        PostTabView view = open(window, post);
        CodeArea area = view.editorPane().editor().area();
        Fx.await(() -> view.preview().isReady(), 30);
        Thread.sleep(1500);
        AtomicLong swappedAt = new AtomicLong();
        Fx.run(() -> view.preview().contentProperty()
                .addListener((o, a, c) -> swappedAt.compareAndSet(0, System.nanoTime())));
        List<Double> ms = new ArrayList<>();
        int warm = 3;
        for (int i = 0; i < samples + warm; i++) {
            swappedAt.set(0);
            long t0 = Fx.call(() -> {
                long t = System.nanoTime();
                area.insertText(area.getLength() / 2, "x");
                return t;
            });
            long until = System.nanoTime() + 30_000_000_000L;
            while (swappedAt.get() == 0 && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            if (i >= warm) {
                ms.add(((swappedAt.get() == 0 ? System.nanoTime() : swappedAt.get()) - t0) / 1e6);
            }
            Thread.sleep(300);
        }
        System.out.println(Fx.stats("tab " + label + ": keystroke -> preview swapped (analysis + render, real tab)",
                ms));
        Fx.run(() -> {
            view.viewModel().discard(); // else closing asks Save / Don't save
            window.postTabs().closeSelected();
        });
    }

    static void heap(MainWindow window, Path root) throws Exception {
        open(window, BenchSites.post(root, 0));
        Fx.run(() -> window.postTabs().closeSelected());
        Thread.sleep(500);
        long base = Fx.usedHeapAfterGc();
        for (int i = 1; i <= 20; i++) {
            open(window, BenchSites.post(root, i));
        }
        Thread.sleep(1000);
        long twenty = Fx.usedHeapAfterGc();
        Fx.run(() -> window.postTabs().closeAll());
        Thread.sleep(1000);
        long afterClose20 = Fx.usedHeapAfterGc();
        for (int i = 0; i < 100; i++) {
            open(window, BenchSites.post(root, 100 + i));
            Fx.run(() -> window.postTabs().closeSelected());
        }
        Thread.sleep(2000);
        long after100 = Fx.usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "heap: site open, no tabs: %.1f MB used after GC%n", base / 1048576.0);
        System.out.printf(Locale.ROOT, "heap: 20 open tabs: %.1f MB used after GC (+%.1f MB)%n", twenty / 1048576.0,
                (twenty - base) / 1048576.0);
        System.out.printf(Locale.ROOT, "heap: after closing them: %.1f MB%n", afterClose20 / 1048576.0);
        System.out.printf(Locale.ROOT, "heap: after opening+closing 100 more tabs: %.1f MB (growth vs before: %+.1f MB)%n",
                after100 / 1048576.0, (after100 - afterClose20) / 1048576.0);
        // -Dbench.pause=SECONDS keeps the process alive for a heap histogram (jmap -histo:live PID)
        Thread.sleep(Long.getLong("bench.pause", 0) * 1000);
    }
}
