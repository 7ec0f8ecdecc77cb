package dev.postwright.site.watch;

import dev.postwright.post.PostFile;
import dev.postwright.site.Site;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site's content folders (and folders created in them later) and reports debounced batches of
 * {@link FileEvent}s on its own daemon thread. Our own atomic-save temp files and editor swap files are ignored.
 */
public final class SiteWatcher implements Closeable {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(200);

    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Map<Path, FileEvent.Kind> pending = new LinkedHashMap<>();
    private final Consumer<List<FileEvent>> listener;
    private final long debounceNanos;
    private final Thread thread;
    private volatile boolean closed;

    /** Watches {@code folders} recursively; call {@link #close()} to stop. */
    public SiteWatcher(List<Path> folders, Duration debounce, Consumer<List<FileEvent>> listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.listener = listener;
        this.debounceNanos = debounce.toNanos();
        try {
            for (Path f : folders) {
                if (Files.isDirectory(f)) {
                    registerTree(f.toAbsolutePath().normalize(), false);
                }
            }
        } catch (IOException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::loop, "site-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches the content folders of {@code site} with the default debounce. */
    public static SiteWatcher forSite(Site site, Consumer<List<FileEvent>> listener) throws IOException {
        return new SiteWatcher(site.contentDirs(), DEFAULT_DEBOUNCE, listener);
    }

    /** Editor and writer scratch files that are never posts: our temp files, {@code .#x}, {@code x~}, {@code .x.swp}. */
    public static boolean ignored(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return PostFile.isTempFileName(name)
                || name.startsWith(".#")
                || name.endsWith("~")
                || (name.startsWith(".") && (name.endsWith(".swp") || name.endsWith(".swx")));
    }

    private void registerTree(Path root, boolean reportFiles) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                WatchKey key = dir.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                synchronized (keys) {
                    keys.put(key, dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (reportFiles) {
                    note(file, FileEvent.Kind.CREATED); // created before the new folder was registered
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        long lastEvent = 0;
        while (!closed) {
            WatchKey key;
            try {
                key = pending.isEmpty() ? service.take() : service.poll(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (key != null) {
                handle(key);
                lastEvent = System.nanoTime();
            }
            if (!pending.isEmpty() && System.nanoTime() - lastEvent >= debounceNanos) {
                List<FileEvent> batch = new ArrayList<>();
                pending.forEach((p, k) -> batch.add(new FileEvent(k, p)));
                pending.clear();
                try {
                    listener.accept(List.copyOf(batch));
                } catch (RuntimeException e) {
                    // a failing listener must not stop the watching; it sees the next batch
                }
            }
        }
    }

    private void handle(WatchKey key) {
        Path dir;
        synchronized (keys) {
            dir = keys.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                if (dir != null) {
                    note(dir, FileEvent.Kind.MODIFIED); // events were lost: the folder needs a rescan
                }
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        registerTree(file, true);
                    } catch (IOException e) {
                        // gone again already, or unreadable: nothing to watch there
                    }
                } else {
                    note(file, FileEvent.Kind.CREATED);
                }
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_MODIFY) {
                if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    note(file, FileEvent.Kind.MODIFIED);
                }
            } else {
                note(file, FileEvent.Kind.DELETED);
            }
        }
        if (!key.reset()) {
            synchronized (keys) {
                keys.remove(key);
            }
        }
    }

    /** Merges a new event into the pending batch so each file appears once with its net change. */
    private void note(Path file, FileEvent.Kind kind) {
        if (ignored(file)) {
            return;
        }
        FileEvent.Kind before = pending.get(file);
        FileEvent.Kind merged;
        if (before == null) {
            merged = kind;
        } else if (before == FileEvent.Kind.CREATED && kind == FileEvent.Kind.DELETED) {
            pending.remove(file); // came and went within one batch
            return;
        } else if (before == FileEvent.Kind.CREATED) {
            merged = FileEvent.Kind.CREATED;
        } else if (before == FileEvent.Kind.DELETED && kind == FileEvent.Kind.CREATED) {
            merged = FileEvent.Kind.MODIFIED; // replaced, e.g. by another editor's save-by-rename
        } else {
            merged = kind;
        }
        pending.remove(file);
        pending.put(file, merged);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
        thread.interrupt();
    }
}
