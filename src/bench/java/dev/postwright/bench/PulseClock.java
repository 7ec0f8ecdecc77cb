package dev.postwright.bench;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;

/** Stamps the time of the first pulse after {@link #arm()}, and when it began and when its frame was painted. */
final class PulseClock {
    final AtomicLong armedAt = new AtomicLong();
    volatile long pulseAt;
    volatile long pulseBeganAt;
    volatile long paintedAt;

    PulseClock(Scene scene) {
        scene.addPreLayoutPulseListener(() -> {
            if (armedAt.get() != 0 && pulseBeganAt == 0) {
                pulseBeganAt = System.nanoTime();
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            if (armedAt.get() != 0 && pulseAt == 0) {
                pulseAt = System.nanoTime();
                // this pulse hands its paint job to the render thread when it ends; a marker queued there
                // after it runs when that frame is painted
                Platform.runLater(() -> Fx.afterRender(() -> paintedAt = System.nanoTime()));
            }
        });
    }

    void arm() {
        pulseAt = 0;
        pulseBeganAt = 0;
        paintedAt = 0;
        armedAt.set(System.nanoTime());
    }
}
