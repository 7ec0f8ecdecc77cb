package dev.postwright.render;

import java.nio.file.Path;

/** Where an image source points: a local file, a remote URL, nothing that exists, or somewhere it may not go. */
public sealed interface ResolvedImage {
    /** An existing local file inside the site. */
    record Local(Path file) implements ResolvedImage {}

    /** An http(s) image; {@code host} names it in offline placeholders. */
    record Remote(String url, String host) implements ResolvedImage {}

    /** Not found; {@code triedPath} is the file that was looked for. */
    record Missing(String src, String triedPath) implements ResolvedImage {}

    /**
     * Refused: the path leaves the site ({@code ../../etc/passwd}, a link to a file elsewhere) or uses a scheme
     * the site cannot serve ({@code file:}). Never read, shown as a missing image; {@code reason} completes
     * "The image … " in messages.
     */
    record Blocked(String src, String reason) implements ResolvedImage {}
}
