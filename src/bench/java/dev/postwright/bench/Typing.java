package dev.postwright.bench;

import java.util.concurrent.atomic.AtomicInteger;
import dev.postwright.ui.editor.MarkdownHighlighter;
import java.util.Random;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import org.fxmisc.richtext.CodeArea;

/** Keystroke → highlighted text painted, for the editor alone and in a real tab (UiLatency). */
final class Typing {

    private Typing() {
    }

    /**
     * Types {@code bench.keys} (60) characters into {@code area}, one at a time at a random phase of the pulse
     * timer, and prints when each is painted, handled, and restyled by the debounced full pass.
     */
    static void typing(String label, Scene scene, CodeArea area) throws Exception {
        AtomicLong styledAt = new AtomicLong();
        PulseClock styledPulse = Fx.call(() -> new PulseClock(scene));
        AtomicLong handledAt = new AtomicLong();
        // a style-only change after the keystroke's own event is the debounced full pass being applied
        Fx.run(() -> area.richChanges().filter(c -> c.isPlainTextIdentity()
                        && System.nanoTime() > handledAt.get() + 5_000_000L)
                .subscribe(c -> {
            if (styledAt.compareAndSet(0, System.nanoTime())) {
                styledPulse.arm();
            }
        }));
        PulseClock typedPulse = Fx.call(() -> new PulseClock(scene));
        DirtyNodes dirty = DirtyNodes.enabled() ? Fx.call(() -> new DirtyNodes(scene)) : null;
        AtomicInteger syncStyled = new AtomicInteger();
        Thread.sleep(1500);
        List<Double> typedOnScreen = new ArrayList<>();
        List<Double> handled = new ArrayList<>();
        Random jitter = new Random(42);
        int keys = Integer.getInteger("bench.keys", 60); // more for a profile
        List<Double> began = new ArrayList<>();
        List<Double> laidOut = new ArrayList<>();
        List<Double> styled = new ArrayList<>();
        List<Double> styledOnScreen = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            if (i == 10) {
                Profiler.start();
            }
            styledAt.set(0);
            styledPulse.armedAt.set(0);
            styledPulse.pulseAt = 0;
            String[] styleInEvent = new String[1];
            int key = i;
            long t0 = Fx.call(() -> {
                long t = System.nanoTime();
                handledAt.set(Long.MAX_VALUE / 2); // styles set inside this event are its own, not the full pass
                typedPulse.arm();
                int at = area.getCaretPosition();
                area.insertText(at, "x");
                if (dirty != null && key >= 10 && key < 13) {
                    dirty.arm();
                }
                handledAt.set(System.nanoTime());
                styleInEvent[0] = String.valueOf(area.getStyleOfChar(at + 1));
                return t;
            });
            long until = System.nanoTime() + 2_000_000_000L;
            while (typedPulse.paintedAt == 0 && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            // the debounced full pass: it now restyles only paragraphs whose styles change, so after a plain
            // keystroke it usually changes nothing and is not seen; counted when it is
            long fullPassUntil = System.nanoTime() + 150_000_000L;
            while ((styledAt.get() == 0 || styledPulse.pulseAt == 0) && System.nanoTime() < fullPassUntil) {
                Thread.sleep(1);
            }
            // the editor restyles the edited paragraph inside the same event: check it did (after the clock stopped)
            String expected = Fx.call(() -> String.valueOf(MarkdownHighlighter
                    .highlightRange(area.getText(), area.getCurrentParagraph(), area.getCurrentParagraph())
                    .getStyleSpan(0).getStyle()));
            if (styleInEvent[0].equals(expected)) {
                syncStyled.incrementAndGet();
            }
            if (i >= 10) { // first keystrokes warm up the JIT
                typedOnScreen.add((typedPulse.paintedAt - t0) / 1e6);
                laidOut.add((typedPulse.pulseAt - t0) / 1e6);
                handled.add((handledAt.get() - t0) / 1e6);
                began.add((typedPulse.pulseBeganAt - t0) / 1e6);
                if (styledAt.get() != 0) {
                    styled.add((styledAt.get() - t0) / 1e6);
                    styledOnScreen.add((styledPulse.pulseAt - t0) / 1e6);
                }
            }
            // a writer's keys are not in step with the 60 Hz pulse timer: a fixed pause here would put every
            // keystroke at the same phase of it (a fixed 80 ms lands each one just after a tick, so each waits
            // almost a whole frame); a seeded random pause spreads them over the frame as real typing does
            Thread.sleep(80 + jitter.nextInt(17));
        }
        Profiler.stop();
        System.out.println(Fx.stats(label + ": keystroke -> typed char on screen (frame painted), its "
                + "paragraph restyled in the same event (" + syncStyled.get() + "/" + keys + " checked)", typedOnScreen));
        System.out.println(Fx.stats(label + ": keystroke -> next pulse laid out (before painting)", laidOut));
        System.out.println(Fx.stats(label + ": keystroke handled (insert + same-event restyle)", handled));
        System.out.println(Fx.stats(label + ": keystroke -> next pulse begins", began));
        System.out.println(Fx.stats(label + ": keystroke -> full debounced pass applied, when it changed "
                + "something (" + styled.size() + " of " + typedOnScreen.size() + ")", styled));
        System.out.println(Fx.stats(label + ": keystroke -> full pass on screen", styledOnScreen));
    }
}
