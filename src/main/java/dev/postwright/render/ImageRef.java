package dev.postwright.render;

/** An image found in the body ({@code ![alt](src)}, {@code ![alt][ref]} or raw {@code <img>}). */
public record ImageRef(Kind kind, String src, String alt, int line, int column, int offset) {

    /** Markdown syntax or a raw HTML img tag. */
    public enum Kind {
        MARKDOWN,
        HTML_IMG
    }
}
