package dev.postwright.validation.online;

import dev.postwright.render.ImageRef;
import dev.postwright.render.LinkRef;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.Severity;
import java.net.URI;
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

/**
 * {@code link.online}: asks external http(s) links whether they still answer. At most {@code maxConcurrent}
 * requests at once and one at a time per host (be polite, avoid rate limits); each request bounded by
 * {@link LinkProbe}; a host that timed out {@code hostGiveUp} times is not asked about its other links; the whole
 * run stops asking at {@code runDeadline}; results cached on disk. Used by {@code check --online} and the editor.
 */
public final class OnlineLinkChecker implements AutoCloseable {

    /**
     * Timeouts, concurrency and cache lifetimes.
     *
     * @param requestTimeout total time for one request, from connecting to the last header
     * @param maxRedirects redirects followed before a link is reported as redirecting too often
     * @param runDeadline after this, links not asked yet are reported as not checked instead of asked
     * @param hostGiveUp timeouts on one host after which its remaining links are not asked
     */
    public record Settings(
            Duration connectTimeout,
            Duration requestTimeout,
            int maxConcurrent,
            Duration okTtl,
            Duration failTtl,
            int maxRedirects,
            Duration runDeadline,
            int hostGiveUp) {
        public Settings(
                Duration connectTimeout, Duration requestTimeout, int maxConcurrent, Duration okTtl, Duration failTtl) {
            this(connectTimeout, requestTimeout, maxConcurrent, okTtl, failTtl, 5, Duration.ofSeconds(60), 2);
        }

        public static Settings defaults() {
            return new Settings(
                    Duration.ofSeconds(5), Duration.ofSeconds(10), 8, Duration.ofHours(24), Duration.ofHours(1));
        }
    }

    static final String USER_AGENT = LinkProbe.USER_AGENT;

    private final Clock clock;
    private final Settings settings;
    private final LinkCache cache;
    private final LinkProbe probe;
    private final ExecutorService pool;

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
        this.probe =
                new LinkProbe(settings.connectTimeout(), settings.requestTimeout(), settings.maxRedirects(), clock);
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
                byHost.computeIfAbsent(hostOf(url.get()), h -> new ArrayList<>())
                        .add(url.get());
            }
        }
        // One task per host, run through the pool: the pool bounds the total, the task keeps each host sequential.
        long deadline = System.nanoTime() + settings.runDeadline().toNanos();
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        byHost.forEach((host, list) -> tasks.add(CompletableFuture.runAsync(
                () -> {
                    int timeouts = 0;
                    for (String url : list) {
                        LinkStatus status;
                        if (System.nanoTime() - deadline > 0) {
                            status = LinkStatus.notChecked(
                                    "was not checked: the online check stops after "
                                            + LinkProbe.seconds(settings.runDeadline()),
                                    clock.instant());
                        } else if (timeouts >= settings.hostGiveUp()) {
                            status = LinkStatus.notChecked(
                                    "was not checked: " + host + " did not answer " + timeouts + " links before it",
                                    clock.instant());
                        } else {
                            status = askSafely(url);
                            if (status.error() != null && status.error().startsWith("timed out")) {
                                timeouts++;
                            }
                            cache.put(url, status);
                        }
                        results.put(url, status);
                    }
                },
                pool)));
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).thenApply(v -> {
            cache.save();
            Map<String, LinkStatus> ordered = new LinkedHashMap<>();
            for (String raw : urls) {
                normalize(raw).filter(results::containsKey).ifPresent(u -> ordered.put(u, results.get(u)));
            }
            return ordered;
        });
    }

    /** One link's answer; a surprise inside the HTTP client costs that link, not the run. */
    private LinkStatus askSafely(String url) {
        try {
            return probe.ask(url);
        } catch (RuntimeException e) {
            return LinkStatus.unreachable(
                    "could not be checked (" + (e.getMessage() == null ? "unexpected error" : e.getMessage()) + ")",
                    clock.instant());
        }
    }

    /** {@code link.online} problems of a post for the results of {@link #check}; unknown URLs are skipped. */
    public List<Problem> problemsFor(PostAnalysis post, Map<String, LinkStatus> results) {
        Severity severity = RuleId.LINK_ONLINE.defaultSeverity();
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

    private static Optional<Problem> problem(
            PostAnalysis post,
            Map<String, LinkStatus> results,
            String dest,
            int line,
            int column,
            String what,
            Severity severity) {
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
        String message = what + " " + url.get() + " " + (s.error() != null ? s.error() : "answered " + s.describe())
                + "." + advice;
        return Optional.of(
                new Problem(post.path(), line, column, severity, RuleId.LINK_ONLINE.id(), message, Optional.empty()));
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
