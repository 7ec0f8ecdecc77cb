package dev.postwright.validation.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 12: servers that hang, trickle, never stop sending, loop or redirect to file:, on 127.0.0.1 only.
 * Every test is bounded in time; none may take longer than its timeouts allow.
 */
class HostileServerTest {
    private static final Duration BOUND = Duration.ofSeconds(15);

    @TempDir
    Path tmp;

    private HttpServer server;
    private ExecutorService threads;
    private String base;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicLong bodyBytesSent = new AtomicLong();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", ex -> status(ex, 200));
        server.createContext("/hang", ex -> {
            awaitRelease();
            status(ex, 200);
        });
        server.createContext("/endless", ex -> {
            if (ex.getRequestMethod().equals("HEAD")) {
                status(ex, 405);
                return;
            }
            ex.sendResponseHeaders(200, 0); // chunked, and it never ends
            writeUntilClosed(ex, 64 * 1024, 0);
        });
        server.createContext("/huge", ex -> {
            ex.sendResponseHeaders(200, 10L * 1024 * 1024 * 1024); // "10 GB", sent as fast as the client reads
            if (!ex.getRequestMethod().equals("HEAD")) {
                writeUntilClosed(ex, 64 * 1024, 0);
            }
        });
        server.createContext("/huge-no-head", ex -> {
            if (ex.getRequestMethod().equals("HEAD")) {
                status(ex, 501);
                return;
            }
            ex.sendResponseHeaders(200, 10L * 1024 * 1024 * 1024);
            writeUntilClosed(ex, 64 * 1024, 0);
        });
        server.createContext("/trickle", ex -> {
            if (ex.getRequestMethod().equals("HEAD")) {
                status(ex, 403);
                return;
            }
            ex.sendResponseHeaders(200, 1000);
            writeUntilClosed(ex, 1, 2000); // a byte every 2 s
        });
        server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
        server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
        server.createContext("/self", ex -> redirect(ex, "/self"));
        server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.createContext("/to-js", ex -> redirect(ex, "javascript:alert(1)"));
        server.createContext("/to-nowhere", ex -> redirect(ex, "http:///no-host"));
        server.createContext("/chain/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
            redirect(ex, "/chain/" + (n + 1));
        });
        server.createContext("/two-hops", ex -> redirect(ex, "/chain-end"));
        server.createContext("/chain-end", ex -> redirect(ex, "/ok"));
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void status(HttpExchange ex, int code) throws IOException {
        ex.sendResponseHeaders(code, -1);
        ex.close();
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        status(ex, 302);
    }

    private void writeUntilClosed(HttpExchange ex, int chunk, long pauseMillis) {
        byte[] bytes = new byte[chunk];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (OutputStream out = ex.getResponseBody()) {
            while (System.nanoTime() < deadline && release.getCount() > 0) {
                out.write(bytes);
                out.flush();
                bodyBytesSent.addAndGet(chunk);
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up: what we want
        }
    }

    private OnlineLinkChecker checker(Duration requestTimeout, Duration runDeadline) {
        return new OnlineLinkChecker(
                tmp.resolve("cache"),
                Clock.systemUTC(),
                new OnlineLinkChecker.Settings(
                        Duration.ofSeconds(2),
                        requestTimeout,
                        8,
                        Duration.ofHours(24),
                        Duration.ofHours(1),
                        5,
                        runDeadline,
                        2));
    }

    private LinkStatus one(String path, Duration requestTimeout) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try (OnlineLinkChecker c = checker(requestTimeout, Duration.ofSeconds(30))) {
                return c.check(List.of(base + path))
                        .get(BOUND.toSeconds(), TimeUnit.SECONDS)
                        .get(base + path);
            }
        });
    }

    @Test
    void aHangingServerTimesOutWithAMessageAWriterUnderstands() {
        long start = System.nanoTime();
        LinkStatus s = one("/hang", Duration.ofMillis(700));
        assertFalse(s.ok());
        assertEquals("timed out after 700 ms", s.error());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "one request, not HEAD then GET");
    }

    @Test
    void endlessChunkedHugeAndTricklingBodiesAreNotRead() {
        for (String path : List.of("/endless", "/huge", "/huge-no-head", "/trickle")) {
            long start = System.nanoTime();
            LinkStatus s = one(path, Duration.ofSeconds(3));
            assertEquals(200, s.status(), path + ": " + s.describe());
            assertTrue(s.ok(), path);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), path + " took too long");
        }
        assertTrue(bodyBytesSent.get() < 64L * 1024 * 1024, "the client read " + bodyBytesSent.get() + " bytes");
    }

    @Test
    void redirectLoopsAreProblems() {
        LinkStatus loop = one("/loop-a", Duration.ofSeconds(3));
        assertFalse(loop.ok());
        assertTrue(loop.error().startsWith("redirects in a loop ("), loop.error());
        assertTrue(loop.error().contains(base + "/loop-a → " + base + "/loop-b → " + base + "/loop-a"), loop.error());
        assertTrue(one("/self", Duration.ofSeconds(3)).error().startsWith("redirects in a loop"));
        LinkStatus chain = one("/chain/0", Duration.ofSeconds(3));
        assertEquals("redirects more than 5 times", chain.error());
    }

    @Test
    void redirectsToOtherSchemesAreNeverFollowed() {
        LinkStatus file = one("/to-file", Duration.ofSeconds(3));
        assertFalse(file.ok());
        assertTrue(file.error().startsWith("redirects to a file: URL (file:///etc/passwd)"), file.error());
        assertTrue(one("/to-js", Duration.ofSeconds(3)).error().startsWith("redirects to a javascript: URL"));
        assertTrue(one("/to-nowhere", Duration.ofSeconds(3))
                .error()
                .startsWith("redirects to an address that is not" + " valid"));
    }

    @Test
    void ordinaryRedirectsAreStillFollowed() {
        LinkStatus s = one("/two-hops", Duration.ofSeconds(3));
        assertTrue(s.ok(), s.describe());
        assertEquals(200, s.status());
    }

    @Test
    void tenHangingLinksOnOneHostDoNotRunOneAfterAnother() {
        List<String> urls =
                IntStream.range(0, 10).mapToObj(i -> base + "/hang/" + i).toList();
        long start = System.nanoTime();
        Map<String, LinkStatus> r = assertTimeoutPreemptively(BOUND, () -> {
            try (OnlineLinkChecker c = checker(Duration.ofMillis(800), Duration.ofSeconds(30))) {
                return c.check(urls).get(BOUND.toSeconds(), TimeUnit.SECONDS);
            }
        });
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(elapsed < 5000, "took " + elapsed + " ms");
        assertEquals(10, r.size());
        assertEquals(
                2,
                r.values().stream()
                        .filter(s -> "timed out after 800 ms".equals(s.error()))
                        .count());
        assertEquals(8, r.values().stream().filter(s -> !s.checked()).count());
        assertTrue(r.values().stream()
                .filter(s -> !s.checked())
                .allMatch(s -> s.error().equals("was not checked: 127.0.0.1 did not answer 2 links before it")));
    }

    @Test
    void theWholeRunHasADeadline() {
        // one slow host per port: four hosts that each hang, with a run deadline shorter than their timeouts
        List<String> urls = IntStream.range(0, 4)
                .mapToObj(i -> base.replace("127.0.0.1", i % 2 == 0 ? "127.0.0.1" : "localhost") + "/hang/" + i)
                .toList();
        long start = System.nanoTime();
        Map<String, LinkStatus> r = assertTimeoutPreemptively(BOUND, () -> {
            try (OnlineLinkChecker c = new OnlineLinkChecker(
                    tmp.resolve("cache"),
                    Clock.systemUTC(),
                    new OnlineLinkChecker.Settings(
                            Duration.ofSeconds(1),
                            Duration.ofMillis(1500),
                            1,
                            Duration.ofHours(1),
                            Duration.ofHours(1),
                            5,
                            Duration.ofMillis(500),
                            5))) {
                return c.check(urls).get(BOUND.toSeconds(), TimeUnit.SECONDS);
            }
        });
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(elapsed < 4000, "took " + elapsed + " ms");
        assertTrue(
                r.values().stream().anyMatch(s -> !s.checked() && s.error().contains("stops after 500 ms")),
                r.toString());
    }

    @Test
    void headersTrickledByteByByteTimeOut() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> trickleHeaders(raw), "trickling-headers");
            t.setDaemon(true);
            t.start();
            long start = System.nanoTime();
            String url = "http://127.0.0.1:" + raw.getLocalPort() + "/slow-headers";
            LinkStatus s = assertTimeoutPreemptively(BOUND, () -> {
                try (OnlineLinkChecker c = checker(Duration.ofMillis(800), Duration.ofSeconds(30))) {
                    return c.check(List.of(url))
                            .get(BOUND.toSeconds(), TimeUnit.SECONDS)
                            .get(url);
                }
            });
            assertEquals("timed out after 800 ms", s.error());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4));
        }
    }

    private void trickleHeaders(ServerSocket raw) {
        while (!raw.isClosed() && release.getCount() > 0) {
            try (Socket s = raw.accept()) {
                InputStream in = s.getInputStream();
                in.read(new byte[4096]);
                OutputStream out = s.getOutputStream();
                for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
                        .getBytes(StandardCharsets.US_ASCII)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    @Test
    void notCheckedLinksAreNotCached() throws Exception {
        try (OnlineLinkChecker c = checker(Duration.ofMillis(500), Duration.ofSeconds(30))) {
            List<String> urls =
                    IntStream.range(0, 3).mapToObj(i -> base + "/hang/x" + i).toList();
            c.check(urls).get(BOUND.toSeconds(), TimeUnit.SECONDS);
        }
        String cache = Files.readString(tmp.resolve("cache/links.tsv"));
        assertEquals(2, cache.lines().filter(l -> l.contains("/hang/x")).count(), cache);
    }

    @Test
    void problemMessagesReadAsSentences() throws Exception {
        Files.writeString(tmp.resolve("astro.config.mjs"), "export default {};\n");
        Path post = Files.createDirectories(tmp.resolve("src/data/blog")).resolve("p.md");
        Files.writeString(
                post,
                "---\ntitle: P\n---\n[a](" + base + "/hang/m) [b](" + base + "/loop-a) [c](" + base + "/to-file) [d]("
                        + base + "/ok)\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        PostAnalysis a = new PostAnalyzer(site, new MarkdownEngine()).load(post);
        List<String> messages = assertTimeoutPreemptively(BOUND, () -> {
            try (OnlineLinkChecker c = checker(Duration.ofMillis(600), Duration.ofSeconds(30))) {
                Map<String, LinkStatus> r =
                        c.check(OnlineLinkChecker.externalUrls(a)).get(BOUND.toSeconds(), TimeUnit.SECONDS);
                return c.problemsFor(a, r).stream().map(Problem::message).toList();
            }
        });
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("The link " + base + "/hang/m timed out after 600 ms."), messages.get(0));
        assertTrue(messages.get(1).startsWith("The link " + base + "/loop-a redirects in a loop ("), messages.get(1));
        assertTrue(
                messages.get(2).startsWith("The link " + base + "/to-file redirects to a file: URL"), messages.get(2));
        assertTrue(
                messages.stream().noneMatch(m -> m.contains("answered") || m.contains("Exception")),
                messages.toString());
    }
}
