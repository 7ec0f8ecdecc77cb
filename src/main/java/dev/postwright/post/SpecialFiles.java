package dev.postwright.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Words for what a path is when it is not a regular file (a FIFO, a device, a socket). */
final class SpecialFiles {

    private SpecialFiles() {}

    static String kind(Path path) {
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device (like /dev/zero)";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file (a pipe, device or socket)";
        }
    }
}
