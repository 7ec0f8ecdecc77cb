package dev.postwright.bench;

import dev.postwright.ui.main.MainWindow;
import dev.postwright.ui.post.PostTabView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.TextField;

/**
 * Keystroke in a frontmatter form field → field repainted and the editor's text updated (SPEC §8: ≤ 16 ms median,
 * also with both cores busy), in a real tab of a 100 KB post. A keystroke is what a KEY_TYPED does to a text
 * field (a one-character insert at the caret), on the FX thread; the form turns it into an edit of the post's text
 * in the same event. Run once on a quiet machine and once with a thread spinning on every core.
 */
final class FormTyping {

    private FormTyping() {
    }

    static void run(MainWindow window, Path post) throws Exception {
        for (boolean busy : new boolean[] {false, true}) {
            PostTabView view = UiLatency.open(window, post);
            Fx.await(() -> view.preview().isReady(), 30);
            TextField title = Fx.call(() -> (TextField) view.form().lookup("#field-title"));
            if (Boolean.getBoolean("bench.bgs")) {
                Fx.run(() -> {
                    javafx.scene.Parent p = view.editorPane().editor().getParent();
                    while (p != null) {
                        if (p instanceof javafx.scene.layout.Region r && r.getBackground() != null
                                && !r.getBackground().isEmpty()) {
                            System.out.println("bg: " + r.getClass().getSimpleName() + r.getStyleClass() + " "
                                    + r.getBackground().getFills().get(0).getFill());
                        }
                        p = p.getParent();
                    }
                });
            }
            if (Boolean.getBoolean("bench.noTransparentBgs")) {
                Fx.run(() -> System.out.println("transparent backgrounds removed: " + clearTransparent(window)));
            }
            if (Integer.getInteger("bench.fixedCell", 0) > 0) {
                Fx.run(() -> ((javafx.scene.control.ListView<?>) window.lookup("#post-list"))
                        .setFixedCellSize(Integer.getInteger("bench.fixedCell", 0)));
            }
            if (Boolean.getBoolean("bench.unmanage")) {
                for (String sel : System.getProperty("bench.hideWhat", ".pw-sidebar").split(",")) {
                    Fx.run(() -> {
                        var n = window.lookup(sel);
                        ((javafx.scene.layout.Pane) n.getParent()).getChildren().remove(n);
                    });
                }
            }
            if (Boolean.getBoolean("bench.hide")) {
                for (String sel : System.getProperty("bench.hideWhat", ".pw-sidebar").split(",")) {
                    Fx.run(() -> window.lookup(sel).setVisible(false));
                }
            }
            Fx.run(() -> {
                title.requestFocus();
                title.end();
            });
            AtomicBoolean hogging = new AtomicBoolean(busy);
            List<Thread> hogs = new ArrayList<>();
            for (int i = 0; busy && i < Runtime.getRuntime().availableProcessors(); i++) {
                Thread hog = new Thread(() -> {
                    long x = 0;
                    while (hogging.get()) {
                        x += Long.numberOfTrailingZeros(x + System.nanoTime());
                    }
                }, "cpu-hog");
                hog.setDaemon(true);
                hog.start();
                hogs.add(hog);
            }
            type(busy ? "form field, both cores busy" : "form field, quiet machine", view, title);
            hogging.set(false);
            Fx.run(() -> {
                view.viewModel().discard();
                window.postTabs().closeSelected();
            });
        }
    }

    private static int clearTransparent(javafx.scene.Node n) {
        int count = 0;
        if (n instanceof javafx.scene.layout.Region r && r.getBackground() != null && !r.getBackground().isEmpty()
                && r.getBackground().getImages().isEmpty()
                && r.getBackground().getFills().stream().allMatch(f -> f.getFill() instanceof javafx.scene.paint.Color c
                        && c.getOpacity() == 0)) {
            System.out.println("  clear: " + r.getClass().getSimpleName() + r.getStyleClass());
            r.setBackground(null);
            count++;
        }
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                count += clearTransparent(c);
            }
        }
        return count;
    }

    private static void type(String label, PostTabView view, TextField title) throws Exception {
        PulseClock pulse = Fx.call(() -> new PulseClock(title.getScene()));
        RenderDirty renderDirty = RenderDirty.pulses() > 0 ? Fx.call(() -> new RenderDirty(title.getScene(), RenderDirty.pulses())) : null;
        DirtyNodes dirty = DirtyNodes.enabled() ? Fx.call(() -> new DirtyNodes(title.getScene(), true, 8)) : null;
        Thread.sleep(1500);
        Random jitter = new Random(42);
        int keys = Integer.getInteger("bench.keys", 60);
        List<Double> handled = new ArrayList<>();
        List<Double> painted = new ArrayList<>();
        List<Double> began = new ArrayList<>();
        List<Double> laidOut = new ArrayList<>();
        int inEditor = 0;
        for (int i = 0; i < keys; i++) {
            if (i == 10 && !label.contains("busy")) {
                Profiler.start(); // with -Dbench.profiler: the quiet run's measured keystrokes
            }
            int key = i;
            char c = "a loaf a week: notes from a year of sourdough ".charAt(i % 46);
            long[] stamps = Fx.call(() -> {
                long t = System.nanoTime();
                pulse.arm();
                title.insertText(title.getCaretPosition(), String.valueOf(c));
                if (dirty != null && key >= 10 && key < 13) {
                    dirty.arm();
                }
                if (renderDirty != null && key >= 10 && key < 13) {
                    renderDirty.arm();
                }
                return new long[] {t, System.nanoTime()};
            });
            long until = System.nanoTime() + 2_000_000_000L;
            while (pulse.paintedAt == 0 && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            // the editor's text was updated inside the keystroke's event: check it after the clock stopped
            String typed = Fx.call(title::getText);
            if (Fx.call(() -> view.editorPane().editor().getText().contains(typed.strip()))) {
                inEditor++;
            }
            if (i >= 10) {
                handled.add((stamps[1] - stamps[0]) / 1e6);
                painted.add((pulse.paintedAt - stamps[0]) / 1e6);
                began.add((pulse.pulseBeganAt - stamps[0]) / 1e6);
                laidOut.add((pulse.pulseAt - stamps[0]) / 1e6);
            }
            Thread.sleep(80 + jitter.nextInt(17));
        }
        Profiler.stop();
        System.out.println(Fx.stats(label + ": keystroke -> field and editor text updated (handled, in the event; "
                + inEditor + "/" + keys + " in the editor)", handled));
        System.out.println(Fx.stats(label + ": keystroke -> next pulse begins", began));
        System.out.println(Fx.stats(label + ": keystroke -> next pulse laid out (before painting)", laidOut));
        System.out.println(Fx.stats(label + ": keystroke -> field repainted (frame painted)", painted));
    }
}
