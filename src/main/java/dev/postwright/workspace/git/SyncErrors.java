package dev.postwright.workspace.git;

import dev.postwright.workspace.git.SyncResult.Outcome;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * Turns what JGit throws during fetch, push and pull into a {@link SyncResult} a writer can act on: offline,
 * authentication failed, remote not found. JGit reports most of these as a {@code TransportException} whose
 * message (not type) says which, so both the cause chain and the text are read.
 */
final class SyncErrors {

    private SyncErrors() {}

    static SyncResult of(String action, String remote, String url, Throwable error) {
        String text = messages(error).toLowerCase(Locale.ROOT);
        if (has(error, UnknownHostException.class)
                || has(error, ConnectException.class)
                || has(error, NoRouteToHostException.class)
                || has(error, SocketTimeoutException.class)
                || text.contains("connection refused")
                || text.contains("unknownhost")
                || text.contains("timed out")
                || text.contains("network is unreachable")
                || text.contains("cannot open git-upload-pack") && text.contains("connect")) {
            return new SyncResult(
                    Outcome.OFFLINE,
                    "Could not reach " + remote + " (" + url + ") to " + action
                            + ". Check your connection and try again; your commits are safe here.");
        }
        if (text.contains("not authorized")
                || text.contains("authentication is required")
                || text.contains("auth fail")
                || text.contains("authentication failed")
                || text.contains("no more authentication methods")
                || text.contains("permission denied")
                || text.contains("401")
                || text.contains("403")) {
            return new SyncResult(
                    Outcome.AUTH_FAILED,
                    remote + " (" + url + ") did not accept your credentials. For HTTPS, set up git's"
                            + " credential helper with a token (git config --global credential.helper …); for SSH,"
                            + " add your key to the SSH agent or ~/.ssh/config.");
        }
        if (has(error, NoRemoteRepositoryException.class) || text.contains("not found")) {
            return new SyncResult(
                    Outcome.FAILED,
                    "There is no repository at " + url + " (remote " + remote + "). Check the remote's address"
                            + " (git remote -v).");
        }
        if (text.contains("host key")) {
            return new SyncResult(
                    Outcome.FAILED,
                    "The SSH server of " + remote + " is not known yet. Connect to it once with ssh from a"
                            + " terminal to check and accept its key, then try again.");
        }
        return new SyncResult(
                Outcome.FAILED, "Could not " + action + " with " + remote + ": " + firstLine(error) + ".");
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable error) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            s.append(t.getMessage()).append(' ');
        }
        return s.toString();
    }

    /** The error's own words, first line, without a class name or trailing period. */
    private static String firstLine(Throwable error) {
        String m = error.getMessage() == null
                ? "unknown error"
                : error.getMessage().strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        m = m.replaceAll("[\\w.$]+(Exception|Error): ", "");
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
