package dev.postwright.validation.online;

import java.time.Instant;

/**
 * What an external URL answered: an HTTP status after redirects, or an error when nothing usable came back.
 *
 * @param status final HTTP status, 0 when unreachable
 * @param error why it was unreachable (timeout, unknown host …), or null
 * @param checkedAt when it was asked, for cache expiry
 */
public record LinkStatus(int status, String error, Instant checkedAt) {

    public static LinkStatus of(int status, Instant at) {
        return new LinkStatus(status, null, at);
    }

    public static LinkStatus unreachable(String error, Instant at) {
        return new LinkStatus(0, error == null || error.isBlank() ? "unreachable" : error, at);
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
