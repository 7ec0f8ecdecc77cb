package dev.postwright.workspace.git;

/**
 * A git operation that could not be done, with a message for the writer (what went wrong and what to do). The
 * cause is kept for the log, never shown.
 */
public final class GitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }

    public GitException(String message) {
        super(message);
    }
}
