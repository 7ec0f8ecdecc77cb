package dev.postwright.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * How to render images and remote content. {@code localImageUrl} turns a local file into the URL put in
 * {@code src} (default {@code file:} URI); returning null shows the missing-image box instead.
 */
public record RenderOptions(
        ImageResolver imageResolver, boolean loadRemoteContent, Function<Path, String> localImageUrl) {

    public RenderOptions {
        Objects.requireNonNull(imageResolver, "imageResolver");
        Objects.requireNonNull(localImageUrl, "localImageUrl");
    }

    /** Offline preview defaults: remote content as placeholders, local images as file: URIs. */
    public static RenderOptions of(ImageResolver resolver) {
        return new RenderOptions(resolver, false, p -> p.toUri().toString());
    }

    public RenderOptions withLoadRemoteContent(boolean load) {
        return new RenderOptions(imageResolver, load, localImageUrl);
    }

    public RenderOptions withLocalImageUrl(Function<Path, String> mapper) {
        return new RenderOptions(imageResolver, loadRemoteContent, mapper);
    }
}
