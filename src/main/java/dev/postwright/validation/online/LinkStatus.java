package dev.postwright.validation.online;

import java.time.Instant;

/**
 * What an external URL answered: an HTTP status after redirects, or an error when nothing usable came back.
 *
 * @param status final HTTP status, 0 when unreachable, -1 when not asked (see {@link #notChecked})
 * @param error why it was unreachable, as words that follow "The link X " ("timed out after 10 s",
 *     "redirects in a loop (…)"), or null
 * @param checkedAt when it was asked, for cache expiry
 */
public record LinkStatus(int status, String error, Instant checkedAt) {

    public static LinkStatus of(int status, Instant at) {
        return new LinkStatus(status, null, at);
    }

    public static LinkStatus unreachable(String error, Instant at) {
        return new LinkStatus(0, error == null || error.isBlank() ? "unreachable" : error, at);
    }

    /** Not asked at all (the run's deadline passed, or the host stopped answering): never cached. */
    public static LinkStatus notChecked(String reason, Instant at) {
        return new LinkStatus(-1, reason, at);
    }

    /** Whether the server was asked; false for {@link #notChecked} results. */
    public boolean checked() {
        return status != -1;
    }

    /** Reachable with a status below 400. */
    public boolean ok() {
        return error == null && status > 0 && status < 400;
    }

    /** "HTTP 404" or the error, for messages. */
    public String describe() {
        return error != null ? error : "HTTP " + status;
    }
}
