package dev.postwright.ui;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action on the FX thread once the writer pauses: each {@link #restart()} waits the quiet period again.
 * With a maximum wait, a writer who never pauses still sees the action that often. FX thread only.
 *
 * <p>The window's one "after a pause" helper. Two other mechanisms stay, on purpose: RichTextFX's reactive
 * pipeline in {@code MarkdownEditor} ({@code successionEnds → supplyTask → awaitLatest}), which also carries the
 * newest text to a worker and drops stale results, and {@code ui/post/QuietQueue}, which collapses work on the
 * background executor rather than the FX thread. {@code MainWindow}'s journal {@code Timeline} is a periodic
 * timer, not a debouncer.
 */
public final class Debouncer {

    private final PauseTransition pause;
    private final long maxWaitNanos;
    private final Runnable action;
    /** When the oldest restart not yet acted on came (nanoTime), or -1. */
    private long pendingSince = -1;

    public Debouncer(Duration quiet, Runnable action) {
        this(quiet, null, action);
    }

    /** {@code maxWait} null: wait for a pause however long the writer goes on. */
    public Debouncer(Duration quiet, Duration maxWait, Runnable action) {
        this.action = Objects.requireNonNull(action, "action");
        this.maxWaitNanos = maxWait == null ? -1 : (long) (maxWait.toMillis() * 1_000_000L);
        this.pause = new PauseTransition(Objects.requireNonNull(quiet, "quiet"));
        this.pause.setOnFinished(e -> fire());
    }

    /** The writer did something: run the action once they pause (or at once when the maximum wait is over). */
    public void restart() {
        long now = System.nanoTime();
        if (pendingSince < 0) {
            pendingSince = now;
        }
        if (maxWaitNanos >= 0 && now - pendingSince >= maxWaitNanos) {
            pause.stop();
            fire();
        } else {
            pause.playFromStart();
        }
    }

    /** Runs a waiting action now; nothing when none waits. */
    public void flush() {
        if (isPending()) {
            pause.stop();
            fire();
        }
    }

    /** Forgets a waiting action. */
    public void cancel() {
        pause.stop();
        pendingSince = -1;
    }

    public boolean isPending() {
        return pause.getStatus() == Animation.Status.RUNNING;
    }

    private void fire() {
        pendingSince = -1;
        action.run();
    }
}
