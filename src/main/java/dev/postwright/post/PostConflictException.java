package dev.postwright.post;

import java.nio.file.Path;

/**
 * A save was refused because the file on disk is no longer what the writer read: another program changed,
 * replaced or deleted it meanwhile. Nothing was written; the other program's bytes are intact.
 */
public final class PostConflictException extends PostWriteException {

    public PostConflictException(Path path, String message) {
        super(path, message, null);
    }
}
