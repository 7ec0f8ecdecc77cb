package dev.postwright.render;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Resolves site-root paths against the public folder and relative paths against the post's folder. */
public final class SiteImageResolver implements ImageResolver {
    private final Path publicDir;
    private final Path postDir;

    public SiteImageResolver(Path publicDir, Path postDir) {
        this.publicDir = publicDir;
        this.postDir = postDir;
    }

    @Override
    public ResolvedImage resolve(String src) {
        String s = src == null ? "" : src.strip();
        if (UrlText.isRemote(s)) {
            String url = s.startsWith("//") ? "https:" + s : s;
            return new ResolvedImage.Remote(url, UrlText.host(url));
        }
        if (s.isEmpty() || s.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            // Other schemes (file:, mailto:, ...) are not something the site can serve.
            return new ResolvedImage.Missing(src, s);
        }
        String path = UrlText.percentDecode(UrlText.path(s));
        try {
            Path file = (path.startsWith("/") ? publicDir.resolve(path.replaceFirst("^/+", ""))
                    : postDir.resolve(path)).normalize();
            return Files.isRegularFile(file) ? new ResolvedImage.Local(file)
                    : new ResolvedImage.Missing(src, file.toString());
        } catch (InvalidPathException e) {
            return new ResolvedImage.Missing(src, path);
        }
    }
}
