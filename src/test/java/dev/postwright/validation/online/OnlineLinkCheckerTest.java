package dev.postwright.validation.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a local server on 127.0.0.1 only: never the real network. */
class OnlineLinkCheckerTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", ex -> respond(ex, 200));
        server.createContext("/gone", ex -> respond(ex, 404));
        server.createContext("/no-head", ex -> respond(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/ok");
            respond(ex, 301);
        });
        server.createContext("/slow", ex -> {
            sleep(3000);
            respond(ex, 200);
        });
        server.createContext("/count", ex -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            sleep(50);
            inFlight.decrementAndGet();
            respond(ex, 200);
        });
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void respond(HttpExchange ex, int status) throws IOException {
        hits.computeIfAbsent(ex.getRequestMethod() + " " + ex.getRequestURI().getPath(), k -> new AtomicInteger())
                .incrementAndGet();
        userAgents.put(
                ex.getRequestURI().getPath(),
                String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int hits(String methodAndPath) {
        AtomicInteger n = hits.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    private OnlineLinkChecker checker(Duration requestTimeout) {
        return new OnlineLinkChecker(
                tmp.resolve("cache"),
                clock,
                new OnlineLinkChecker.Settings(
                        Duration.ofSeconds(2), requestTimeout, 8, Duration.ofHours(24), Duration.ofHours(1)));
    }

    private Map<String, LinkStatus> check(OnlineLinkChecker c, String... paths) throws Exception {
        return c.check(IntStream.range(0, paths.length)
                        .mapToObj(i -> base + paths[i])
                        .toList())
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void statusesHeadFallbackAndRedirects() throws Exception {
        try (OnlineLinkChecker c = checker(Duration.ofSeconds(5))) {
            Map<String, LinkStatus> r = check(c, "/ok", "/gone", "/no-head", "/moved");
            assertEquals(200, r.get(base + "/ok").status());
            assertTrue(r.get(base + "/ok").ok());
            assertEquals(404, r.get(base + "/gone").status());
            assertFalse(r.get(base + "/gone").ok());
            assertEquals(200, r.get(base + "/no-head").status());
            assertEquals(1, hits("HEAD /no-head"));
            assertEquals(1, hits("GET /no-head"));
            assertEquals(0, hits("GET /ok"), "HEAD was enough");
            assertEquals(200, r.get(base + "/moved").status());
            assertEquals("Postwright link check", userAgents.get("/ok"));
        }
    }

    @Test
    void slowServerTimesOut() throws Exception {
        try (OnlineLinkChecker c = checker(Duration.ofMillis(300))) {
            LinkStatus s = check(c, "/slow").get(base + "/slow");
            assertFalse(s.ok());
            assertEquals(0, s.status());
            assertTrue(s.describe().contains("timed out"), s.describe());
        }
    }

    @Test
    void refusedConnectionIsUnreachable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (OnlineLinkChecker c = checker(Duration.ofSeconds(2))) {
            String url = "http://127.0.0.1:" + port + "/x";
            LinkStatus s = c.check(List.of(url)).get(20, TimeUnit.SECONDS).get(url);
            assertFalse(s.ok());
            assertEquals(0, s.status());
        }
    }

    @Test
    void oneRequestAtATimePerHost() throws Exception {
        try (OnlineLinkChecker c = checker(Duration.ofSeconds(5))) {
            String[] paths = IntStream.range(0, 12).mapToObj(i -> "/count/" + i).toArray(String[]::new);
            Map<String, LinkStatus> r = check(c, paths);
            assertEquals(12, r.size());
            assertTrue(r.values().stream().allMatch(LinkStatus::ok));
            assertEquals(1, maxInFlight.get());
        }
    }

    @Test
    void cacheHitsUntilExpiryAndSurvivesRestart() throws Exception {
        try (OnlineLinkChecker c = checker(Duration.ofSeconds(5))) {
            check(c, "/ok", "/gone");
            assertEquals(1, hits("HEAD /ok"));
            assertEquals(1, hits("HEAD /gone"));
            clock.advance(Duration.ofMinutes(59));
            check(c, "/ok", "/gone");
            assertEquals(1, hits("HEAD /ok"));
            assertEquals(1, hits("HEAD /gone"));
            clock.advance(Duration.ofMinutes(2)); // failures expire after an hour
            check(c, "/ok", "/gone");
            assertEquals(1, hits("HEAD /ok"));
            assertEquals(2, hits("HEAD /gone"));
        }
        try (OnlineLinkChecker again = checker(Duration.ofSeconds(5))) {
            Map<String, LinkStatus> r = check(again, "/ok");
            assertEquals(200, r.get(base + "/ok").status());
            assertEquals(1, hits("HEAD /ok"), "read from the cache file");
            clock.advance(Duration.ofHours(24)); // successes after a day
            check(again, "/ok");
            assertEquals(2, hits("HEAD /ok"));
        }
        assertTrue(Files.readString(tmp.resolve("cache/links.tsv")).contains(base + "/ok\t200\t"));
    }

    @Test
    void problemsForAPost() throws Exception {
        Files.writeString(tmp.resolve("astro.config.mjs"), "export default {};\n");
        Path post = tmp.resolve("src/data/blog/p.md");
        Files.createDirectories(post.getParent());
        Files.writeString(
                post,
                "---\ntitle: P\n---\nA [good](" + base + "/ok#part) and [bad](" + base + "/gone)"
                        + " and [local](/x/).\n\n![pic](" + base + "/gone)\n\n<" + base + "/ok>\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        PostAnalysis analysis = new PostAnalyzer(site, new MarkdownEngine()).load(post);
        assertEquals(List.of(base + "/ok", base + "/gone"), List.copyOf(OnlineLinkChecker.externalUrls(analysis)));
        try (OnlineLinkChecker c = checker(Duration.ofSeconds(5))) {
            Map<String, LinkStatus> r =
                    c.check(OnlineLinkChecker.externalUrls(analysis)).get(20, TimeUnit.SECONDS);
            List<Problem> problems = c.problemsFor(analysis, r);
            assertEquals(
                    List.of("4:" + (Files.readAllLines(post).get(3).indexOf("[bad]") + 1), "6:1"),
                    problems.stream().map(p -> p.line() + ":" + p.column()).toList());
            assertTrue(problems.stream()
                    .allMatch(p -> p.rule().equals("link.online")
                            && p.severity() == Severity.WARNING
                            && p.message().contains("HTTP 404")));
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
