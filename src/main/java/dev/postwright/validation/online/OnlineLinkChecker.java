package dev.postwright.validation.online;

import dev.postwright.render.ImageRef;
import dev.postwright.render.LinkRef;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.RuleCatalog;
import dev.postwright.validation.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code link.online}: asks external http(s) links whether they still answer. At most {@code maxConcurrent}
 * requests at once and one at a time per host (be polite, avoid rate limits); HEAD first, GET when a server
 * refuses HEAD; redirects followed; results cached on disk. Used by {@code check --online} and the editor.
 */
public final class OnlineLinkChecker implements AutoCloseable {

    /** Timeouts, concurrency and cache lifetimes. */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int maxConcurrent,
                           Duration okTtl, Duration failTtl) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), 8, Duration.ofHours(24),
                    Duration.ofHours(1));
        }
    }

    static final String USER_AGENT = "Postwright link check";

    private final Clock clock;
    private final Settings settings;
    private final LinkCache cache;
    private final HttpClient client;
    private final ExecutorService pool;
    private final Map<String, ReentrantLock> hostLocks = new ConcurrentHashMap<>();

    /** Checker with the default settings and the system clock, caching in {@code cacheDir/links.tsv}. */
    public OnlineLinkChecker(Path cacheDir) {
        this(cacheDir, Clock.systemUTC(), Settings.defaults());
    }

    public OnlineLinkChecker(Path cacheDir, Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
        this.cache = new LinkCache(cacheDir.resolve("links.tsv"), clock, settings.okTtl(), settings.failTtl());
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.maxConcurrent()), r -> {
            Thread t = new Thread(r, "postwright-link-check");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build(); // own executor: ours blocks in send()
    }

    /** The distinct external http(s) URLs of a post's links and images, fragments dropped. */
    public static Set<String> externalUrls(PostAnalysis post) {
        Set<String> urls = new LinkedHashSet<>();
        post.markdown().links().forEach(l -> normalize(l.destination()).ifPresent(urls::add));
        post.markdown().images().forEach(i -> normalize(i.src()).ifPresent(urls::add));
        return urls;
    }

    /** Checks every URL (cached ones are not asked again); completes when all have an answer. */
    public CompletableFuture<Map<String, LinkStatus>> check(Collection<String> urls) {
        Map<String, LinkStatus> results = new ConcurrentHashMap<>();
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String raw : new LinkedHashSet<>(urls)) {
            Optional<String> url = normalize(raw);
            if (url.isEmpty()) {
                continue;
            }
            Optional<LinkStatus> cached = cache.get(url.get());
            if (cached.isPresent()) {
                results.put(url.get(), cached.get());
            } else {
                byHost.computeIfAbsent(hostOf(url.get()), h -> new ArrayList<>()).add(url.get());
            }
        }
        // One task per host, run through the pool: the pool bounds the total, the task keeps each host sequential.
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        byHost.forEach((host, list) -> tasks.add(CompletableFuture.runAsync(() -> {
            for (String url : list) {
                LinkStatus status = checkHostLocked(host, url);
                cache.put(url, status);
                results.put(url, status);
            }
        }, pool)));
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).thenApply(v -> {
            cache.save();
            Map<String, LinkStatus> ordered = new LinkedHashMap<>();
            for (String raw : urls) {
                normalize(raw).filter(results::containsKey).ifPresent(u -> ordered.put(u, results.get(u)));
            }
            return ordered;
        });
    }

    /** {@code link.online} problems of a post for the results of {@link #check}; unknown URLs are skipped. */
    public List<Problem> problemsFor(PostAnalysis post, Map<String, LinkStatus> results) {
        Severity severity = RuleCatalog.defaultSeverity("link.online").orElse(Severity.WARNING);
        List<Problem> problems = new ArrayList<>();
        for (LinkRef link : post.markdown().links()) {
            problem(post, results, link.destination(), link.line(), link.column(), "The link", severity)
                    .ifPresent(problems::add);
        }
        for (ImageRef image : post.markdown().images()) {
            problem(post, results, image.src(), image.line(), image.column(), "The image", severity)
                    .ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> problem(PostAnalysis post, Map<String, LinkStatus> results, String dest,
                                             int line, int column, String what, Severity severity) {
        Optional<String> url = normalize(dest);
        LinkStatus s = url.map(results::get).orElse(null);
        if (s == null || s.ok()) {
            return Optional.empty();
        }
        String advice = s.error() != null
                ? " Check the address, or try again later if the site is down."
                : s.status() == 404 || s.status() == 410
                        ? " The page is gone: link to a current page or an archived copy."
                        : " Check that the address still works in a browser.";
        String message = what + " " + url.get() + " answered " + s.describe() + "." + advice;
        return Optional.of(new Problem(post.path(), line, column, severity, "link.online", message, Optional.empty()));
    }

    private LinkStatus checkHostLocked(String host, String url) {
        ReentrantLock lock = hostLocks.computeIfAbsent(host, h -> new ReentrantLock());
        lock.lock();
        try {
            return ask(url);
        } finally {
            lock.unlock();
        }
    }

    private LinkStatus ask(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return LinkStatus.unreachable("not a valid URL", clock.instant());
        }
        try {
            int head = send(uri, "HEAD");
            if (head != 405 && head != 403 && head != 501) {
                return LinkStatus.of(head, clock.instant());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkStatus.unreachable("interrupted", clock.instant());
        } catch (IOException | RuntimeException e) {
            // Some servers drop HEAD requests on the floor; GET decides.
        }
        try {
            return LinkStatus.of(send(uri, "GET"), clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkStatus.unreachable("interrupted", clock.instant());
        } catch (IOException | RuntimeException e) {
            return LinkStatus.unreachable(describe(e), clock.instant());
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("User-Agent", USER_AGENT).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String describe(Exception e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer (timed out)";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e instanceof java.nio.channels.UnresolvedAddressException
                || e.getCause() instanceof java.nio.channels.UnresolvedAddressException
                || e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** http(s) URL without its fragment ({@code //host} taken as https), or empty for anything else. */
    static Optional<String> normalize(String dest) {
        if (dest == null) {
            return Optional.empty();
        }
        String u = dest.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        int hash = u.indexOf('#');
        return Optional.of(hash >= 0 ? u.substring(0, hash) : u);
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
