package dev.postwright.site.watch;

import java.nio.file.Path;

/** A change to one file seen by {@link SiteWatcher}, after debouncing. */
public record FileEvent(Kind kind, Path path) {

    /** What happened to the file (a rename is a DELETED plus a CREATED). */
    public enum Kind {
        CREATED,
        MODIFIED,
        DELETED
    }
}
