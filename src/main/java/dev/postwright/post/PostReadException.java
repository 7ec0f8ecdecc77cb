package dev.postwright.post;

import java.nio.file.Path;

/** A post file could not be read; the message names the file and says what to do. */
public class PostReadException extends Exception {

    private final transient Path path;

    public PostReadException(Path path, String message) {
        super(message);
        this.path = path;
    }

    public PostReadException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
