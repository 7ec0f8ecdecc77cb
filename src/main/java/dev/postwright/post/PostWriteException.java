package dev.postwright.post;

import java.nio.file.Path;

/** A post file could not be saved; the original is untouched and the message says why. */
public class PostWriteException extends Exception {

    private final transient Path path;

    public PostWriteException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
