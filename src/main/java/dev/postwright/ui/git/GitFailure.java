package dev.postwright.ui.git;

import dev.postwright.workspace.git.GitException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Words for a git operation that failed: the engine's message, never a class name or a stack trace. */
public final class GitFailure {

    private static final System.Logger LOG = System.getLogger(GitFailure.class.getName());

    private GitFailure() {}

    /** What went wrong, for a writer; anything unexpected is logged in full and described plainly. */
    public static String describe(String doing, Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof GitException
                && e.getMessage() != null
                && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        LOG.log(System.Logger.Level.WARNING, "git: could not " + doing, e);
        String msg = e.getMessage();
        return "Could not " + doing + (msg == null || msg.isBlank() ? "." : ": " + msg + ".")
                + " The details are in Postwright's log.";
    }
}
