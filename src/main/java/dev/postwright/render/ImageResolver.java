package dev.postwright.render;

/** Resolves an image {@code src} as written in the post to a file, a remote URL or a miss. */
@FunctionalInterface
public interface ImageResolver {
    ResolvedImage resolve(String src);
}
