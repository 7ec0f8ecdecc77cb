package dev.postwright.workspace;

import java.util.function.BooleanSupplier;

/**
 * A CharSequence that stops a regular expression taking too long: every few thousand reads it checks the clock
 * and the cancel flag and throws {@link TimedOut}. java.util.regex has no time limit of its own, and a pattern
 * like {@code (a+)+$} on a long line backtracks for minutes; the matcher reads its input only through charAt.
 */
final class TimedText implements CharSequence {

    /** Thrown out of the matcher when the budget is spent or the search was cancelled. */
    static final class TimedOut extends RuntimeException {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final long deadlineNanos;
    private final BooleanSupplier cancelled;
    private int reads;

    TimedText(String text, long deadlineNanos, BooleanSupplier cancelled) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (System.nanoTime() - deadlineNanos > 0 || cancelled.getAsBoolean()) {
                throw new TimedOut();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimedText(text.substring(start, end), deadlineNanos, cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
