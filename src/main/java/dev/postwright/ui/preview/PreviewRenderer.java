package dev.postwright.ui.preview;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.render.PostHeader;
import dev.postwright.render.RenderOptions;
import java.util.Objects;

/** Pure render step of the live preview: header and body to the two HTML fragments the page shell swaps in. */
public final class PreviewRenderer {
    private final MarkdownEngine engine;
    private final PageTemplate template;

    /** Both are thread-safe and meant to be shared by every open tab. */
    public PreviewRenderer(MarkdownEngine engine, PageTemplate template) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.template = Objects.requireNonNull(template, "template");
    }

    /** Parses and renders; call off the FX thread. */
    public PreviewContent render(
            PostHeader header, String body, int bodyStartLine, int bodyStartOffset, RenderOptions options) {
        return render(new PreviewRequest(header, body, bodyStartLine, bodyStartOffset, options));
    }

    /** Parses and renders a request; {@code {#id}} heading ids are honoured where the site's generator does. */
    public PreviewContent render(PreviewRequest r) {
        String headerHtml = r.header() == null ? "" : template.headerHtml(r.header());
        ParsedMarkdown parsed = r.parsed() != null
                ? r.parsed()
                : engine.parse(r.body(), r.bodyStartLine(), r.bodyStartOffset(), r.customHeadingIds());
        String bodyHtml = engine.renderHtml(parsed, r.options());
        return new PreviewContent(headerHtml, bodyHtml, r.options().loadRemoteContent());
    }
}
