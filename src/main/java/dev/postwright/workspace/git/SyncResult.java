package dev.postwright.workspace.git;

/**
 * The outcome of a fetch, push or pull, with a message for the writer (never a stack trace).
 *
 * @param outcome what happened, for the window to choose what to offer next
 * @param message one or two sentences saying what happened and what to do
 */
public record SyncResult(Outcome outcome, String message) {

    public enum Outcome {
        /** Done: fetched, pushed or fast-forwarded. */
        DONE,
        /** Nothing to do: nothing to push, or already up to date. */
        UP_TO_DATE,
        /** The remote has commits the branch lacks: pull first (push), or the branches diverged (pull). */
        REJECTED,
        /** The branch has no upstream to push to or pull from. */
        NO_UPSTREAM,
        /** The remote could not be reached. */
        OFFLINE,
        /** The remote refused the credentials, or none were found. */
        AUTH_FAILED,
        /** Anything else: the message says what. */
        FAILED
    }

    public boolean ok() {
        return outcome == Outcome.DONE || outcome == Outcome.UP_TO_DATE;
    }
}
