package dev.postwright.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Resolves site-root paths against the public folder and relative paths against the post's folder, and only
 * ever to files inside the site: a path that climbs out ({@code ../../etc/passwd}, {@code /../x}, percent-encoded
 * dots, backslashes) or a link that leads out is {@link ResolvedImage.Blocked}, so {@code render} never inlines
 * a file from elsewhere on the disk.
 */
public final class SiteImageResolver implements ImageResolver {
    private final Path publicDir;
    private final Path postDir;
    private final List<Path> allowed;
    /**
     * Import aliases ({@code @/} to {@code <root>/src/}), longest first; Astro resolves them in markdown images.
     * Read on first use, on the thread that resolves (never the UI thread that builds the resolver).
     */
    private final Supplier<Map<String, Path>> aliasSource;

    private Map<String, Path> aliases;

    /** Images may come from the public folder or the post's own folder only. */
    public SiteImageResolver(Path publicDir, Path postDir) {
        this(null, publicDir, postDir);
    }

    /** Images may come from anywhere inside {@code siteRoot} (and the public folder, wherever it is). */
    public SiteImageResolver(Path siteRoot, Path publicDir, Path postDir) {
        this(siteRoot, publicDir, postDir, Map::of);
    }

    /** As {@link #SiteImageResolver(Path, Path, Path)}, reading {@code @/x}-style paths through the aliases given. */
    public SiteImageResolver(Path siteRoot, Path publicDir, Path postDir, Supplier<Map<String, Path>> aliases) {
        this.aliasSource = aliases;
        this.publicDir = publicDir.toAbsolutePath().normalize();
        this.postDir = postDir.toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>();
        roots.add(this.publicDir);
        roots.add(siteRoot == null ? this.postDir : siteRoot.toAbsolutePath().normalize());
        this.allowed = List.copyOf(roots);
    }

    @Override
    public ResolvedImage resolve(String src) {
        String s = src == null ? "" : src.strip();
        if (UrlText.isRemote(s)) {
            String url = s.startsWith("//") ? "https:" + s : s;
            return new ResolvedImage.Remote(url, UrlText.host(url));
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return new ResolvedImage.Blocked(src, "is a file: URL on this computer");
        }
        if (s.isEmpty() || s.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            // Other schemes (mailto:, ...) are not something the site can serve.
            return new ResolvedImage.Missing(src, s);
        }
        // Browsers read '\' as '/' in web URLs, so "..\..\x" climbs like "../../x" does.
        String path = UrlText.percentDecode(UrlText.path(s)).replace('\\', '/');
        if (path.indexOf('\0') >= 0) {
            return new ResolvedImage.Missing(src, path);
        }
        try {
            boolean siteRoot = path.startsWith("/");
            Path base = siteRoot ? publicDir : postDir;
            String rel = siteRoot ? path.replaceFirst("^/+", "") : path;
            for (Map.Entry<String, Path> alias :
                    siteRoot ? Map.<String, Path>of().entrySet() : aliases().entrySet()) {
                if (path.startsWith(alias.getKey())) {
                    base = alias.getValue();
                    rel = path.substring(alias.getKey().length());
                    break;
                }
            }
            Path file = base.resolve(rel).normalize();
            // A site-root path is served from the public folder and nowhere else.
            if (siteRoot ? !file.startsWith(publicDir) : !inside(file)) {
                return new ResolvedImage.Blocked(src, "points outside the site (to " + file + ")");
            }
            if (!Files.isRegularFile(file)) {
                return new ResolvedImage.Missing(src, file.toString());
            }
            Path real = file.toRealPath();
            if (!insideReal(real)) {
                return new ResolvedImage.Blocked(src, "is a link to a file outside the site (" + real + ")");
            }
            return new ResolvedImage.Local(file);
        } catch (InvalidPathException | IOException e) {
            return new ResolvedImage.Missing(src, path);
        }
    }

    private synchronized Map<String, Path> aliases() {
        if (aliases == null) {
            aliases = aliasSource.get();
        }
        return aliases;
    }

    private boolean inside(Path file) {
        return allowed.stream().anyMatch(file::startsWith);
    }

    private boolean insideReal(Path real) {
        for (Path root : allowed) {
            try {
                if (real.startsWith(root.toRealPath())) {
                    return true;
                }
            } catch (IOException e) {
                // a root that does not exist holds nothing
            }
        }
        return false;
    }
}
