package dev.postwright.site;

import java.nio.file.Path;

/** {@code .postwright.yml} cannot be used; the message names the file, the line and the fix. */
public class SiteConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public SiteConfigException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }
}
