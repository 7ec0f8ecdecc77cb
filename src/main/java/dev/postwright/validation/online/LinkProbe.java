package dev.postwright.validation.online;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks one URL whether it answers, bounded against hostile servers: HEAD first, then a GET for one byte when a
 * server refuses HEAD; the body is never read (the stream is closed as soon as the headers are in, so an endless,
 * huge or trickling body costs nothing); each request has a connect timeout and a total deadline; redirects are
 * followed by hand, at most {@code maxRedirects}, only to http(s), and a loop is reported as one.
 */
final class LinkProbe {
    static final String USER_AGENT = "Postwright link check";

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxRedirects;
    private final Clock clock;

    LinkProbe(Duration connectTimeout, Duration requestTimeout, int maxRedirects, Clock clock) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxRedirects = maxRedirects;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What {@code url} answers, after following its redirects. */
    LinkStatus ask(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return LinkStatus.unreachable("is not a valid address", clock.instant());
        }
        Set<URI> seen = new LinkedHashSet<>();
        seen.add(uri);
        for (int hop = 0; ; hop++) {
            Answer answer;
            try {
                answer = answer(uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return LinkStatus.unreachable("was not checked: the check was stopped", clock.instant());
            } catch (IOException e) {
                return LinkStatus.unreachable(describe(e), clock.instant());
            } catch (IllegalArgumentException e) { // no host, a bad port: HttpClient refuses to build the request
                return LinkStatus.unreachable(
                        hop == 0 ? "is not a valid address" : "redirects to an address that is not valid (" + uri + ")",
                        clock.instant());
            }
            if (answer.status() < 300
                    || answer.status() >= 400
                    || answer.location().isEmpty()) {
                return LinkStatus.of(answer.status(), clock.instant());
            }
            URI next;
            try {
                next = uri.resolve(answer.location().get().strip());
            } catch (IllegalArgumentException e) {
                return LinkStatus.unreachable(
                        "redirects to an address that is not valid ("
                                + answer.location().get() + ")",
                        clock.instant());
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return LinkStatus.unreachable(
                        "redirects to a " + scheme + ": URL (" + next + "), which a browser"
                                + " will not follow from a web page",
                        clock.instant());
            }
            if (!seen.add(next)) {
                return LinkStatus.unreachable("redirects in a loop (" + loop(seen, next) + ")", clock.instant());
            }
            if (hop + 1 > maxRedirects) {
                return LinkStatus.unreachable("redirects more than " + maxRedirects + " times", clock.instant());
            }
            uri = next;
        }
    }

    private record Answer(int status, Optional<String> location) {}

    /** One hop: HEAD, or a one-byte GET when the server will not answer HEAD properly. */
    private Answer answer(URI uri) throws IOException, InterruptedException {
        try {
            Answer head = send(uri, "HEAD");
            if (head.status() != 405 && head.status() != 403 && head.status() != 501) {
                return head;
            }
        } catch (HttpTimeoutException e) {
            throw e; // a server that lets HEAD hang would let GET hang too: do not wait twice
        } catch (IOException e) {
            // Some servers drop HEAD requests on the floor; GET decides.
        }
        return send(uri, "GET");
    }

    private Answer send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (method.equals("GET")) {
            b.header("Range", "bytes=0-0"); // a hint only: whatever comes, the body is not read
        }
        CompletableFuture<HttpResponse<InputStream>> pending =
                client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response;
        try {
            // The request timeout covers the wait for headers; this is the same deadline enforced from outside.
            response = pending.get(requestTimeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("timed out");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "failed" : cause.getMessage(), cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        }
        try (InputStream body = response.body()) {
            // closed unread: the connection is dropped instead of draining what may be an endless body
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Location"));
    }

    /** A reason a writer understands, to follow "The link X ". */
    String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "timed out after " + seconds(connectTimeout) + " while connecting";
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out after " + seconds(requestTimeout);
        }
        if (e instanceof ConnectException && !(e.getCause() instanceof UnresolvedAddressException)) {
            return "could not be reached: the server refused the connection";
        }
        if (e instanceof UnknownHostException
                || e.getCause() instanceof UnresolvedAddressException
                || e.getCause() instanceof UnknownHostException) {
            return "could not be reached: its host name is not known";
        }
        String m = e.getMessage();
        return "could not be reached" + (m == null || m.isBlank() ? "" : ": " + m);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0
                ? ms / 1000 + " s"
                : ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String loop(Set<URI> seen, URI again) {
        List<String> chain = new ArrayList<>();
        boolean in = false;
        for (URI u : seen) {
            in |= u.equals(again);
            if (in) {
                chain.add(u.toString());
            }
        }
        chain.add(again.toString());
        return String.join(" → ", chain);
    }
}
