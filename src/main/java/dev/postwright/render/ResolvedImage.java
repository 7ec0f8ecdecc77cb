package dev.postwright.render;

import java.nio.file.Path;

/** Where an image source points: a local file, a remote URL, or nothing that exists. */
public sealed interface ResolvedImage {
    /** An existing local file. */
    record Local(Path file) implements ResolvedImage {
    }

    /** An http(s) image; {@code host} names it in offline placeholders. */
    record Remote(String url, String host) implements ResolvedImage {
    }

    /** Not found; {@code triedPath} is the file that was looked for. */
    record Missing(String src, String triedPath) implements ResolvedImage {
    }
}
