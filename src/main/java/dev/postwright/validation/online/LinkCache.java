package dev.postwright.validation.online;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Link results on disk as TSV ({@code url, status, epoch millis, error}), one line each, so a second
 * {@code check --online} does not ask every host again. A broken or unreadable file just means an empty cache.
 */
final class LinkCache {

    private final Path file;
    private final Clock clock;
    private final Duration okTtl;
    private final Duration failTtl;
    private final Map<String, LinkStatus> entries = new HashMap<>();

    LinkCache(Path file, Clock clock, Duration okTtl, Duration failTtl) {
        this.file = file;
        this.clock = clock;
        this.okTtl = okTtl;
        this.failTtl = failTtl;
        load();
    }

    /** A result that has not expired yet. */
    synchronized Optional<LinkStatus> get(String url) {
        LinkStatus s = entries.get(url);
        if (s == null) {
            return Optional.empty();
        }
        Duration ttl = s.ok() ? okTtl : failTtl;
        Instant now = clock.instant();
        boolean fresh = !s.checkedAt().plus(ttl).isBefore(now) && !s.checkedAt().isAfter(now.plus(ttl));
        return fresh ? Optional.of(s) : Optional.empty();
    }

    synchronized void put(String url, LinkStatus status) {
        entries.put(url, status);
    }

    /** Writes the cache atomically; failure to write only costs time on the next run. */
    synchronized void save() {
        List<String> lines = new ArrayList<>();
        entries.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(clean(e.getKey())
                        + "\t" + e.getValue().status() + "\t"
                        + e.getValue().checkedAt().toEpochMilli() + "\t"
                        + (e.getValue().error() == null
                                ? ""
                                : clean(e.getValue().error()))));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "links", ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation.
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    Instant at = Instant.ofEpochMilli(Long.parseLong(f[2]));
                    entries.put(
                            f[0],
                            f[3].isEmpty()
                                    ? LinkStatus.of(Integer.parseInt(f[1]), at)
                                    : new LinkStatus(Integer.parseInt(f[1]), f[3], at));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
