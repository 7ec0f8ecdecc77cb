package dev.postwright.ui.preview;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
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
    public PreviewContent render(PostHeader header, String body, int bodyStartLine, int bodyStartOffset,
                                 RenderOptions options) {
        String headerHtml = header == null ? "" : template.headerHtml(header);
        String bodyHtml = engine.renderHtml(engine.parse(body, bodyStartLine, bodyStartOffset), options);
        return new PreviewContent(headerHtml, bodyHtml);
    }

    public PreviewContent render(PreviewRequest r) {
        return render(r.header(), r.body(), r.bodyStartLine(), r.bodyStartOffset(), r.options());
    }
}
