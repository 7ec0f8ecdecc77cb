package dev.postwright.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** Writes a self-contained HTML page like the preview: inline styles, images as data URIs, no scripts. */
public final class HtmlExporter {
    private static final Map<String, String> MIME = Map.of(
            "png",
            "image/png",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg",
            "gif",
            "image/gif",
            "svg",
            "image/svg+xml",
            "webp",
            "image/webp",
            "avif",
            "image/avif",
            "ico",
            "image/x-icon");
    /** Larger images are shown as missing rather than read into memory whole (base64 grows them by a third). */
    static final long MAX_INLINE_BYTES = 32L * 1024 * 1024;

    private final MarkdownEngine engine;
    private final PageTemplate template;

    public HtmlExporter(MarkdownEngine engine, PageTemplate template) {
        this.engine = engine;
        this.template = template;
    }

    /** The page as the offline preview shows it (remote content as placeholders). */
    public String export(PostHeader header, ParsedMarkdown parsed, ImageResolver resolver, boolean dark) {
        return export(header, parsed, resolver, dark, false);
    }

    /** The page; with {@code loadRemoteContent} remote images and iframes stay (scripts never do). */
    public String export(
            PostHeader header, ParsedMarkdown parsed, ImageResolver resolver, boolean dark, boolean loadRemoteContent) {
        RenderOptions options = new RenderOptions(resolver, loadRemoteContent, HtmlExporter::dataUri);
        return template.page(header, engine.renderHtml(parsed, options), dark, loadRemoteContent);
    }

    /** {@code data:} URI of a local image, or null (shown as a missing image) if it cannot be read. */
    static String dataUri(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String mime = MIME.getOrDefault(
                dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_INLINE_BYTES) {
                return null;
            }
            return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }
}
