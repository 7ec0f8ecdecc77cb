package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ## Title {#id}}: the id Hugo and Jekyll give the heading, when the caller asks for it. */
class CustomHeadingIdTest {

    private final MarkdownEngine engine = new MarkdownEngine();

    private List<Heading> headings(String body, boolean custom) {
        return engine.parse(body, 1, 0, custom).headings();
    }

    @Test
    void customIdIsUsedAndCutFromTheText() {
        List<Heading> h =
                headings("## Sleeping, *more* or less {#sleep}\n\n## Plain\n\n### Classes {.x #y k=v}\n", true);
        assertEquals(List.of("sleep", "plain", "y"), h.stream().map(Heading::id).toList());
        assertEquals("Sleeping, more or less", h.get(0).text());
        assertEquals("Classes", h.get(2).text());
    }

    @Test
    void renderedHeadingHasTheIdAndNoBlock() {
        ParsedMarkdown parsed = engine.parse("## Heading {#custom-id}\n\nText.\n", 1, 0, true);
        String html = engine.renderHtml(parsed, RenderOptions.of(src -> new ResolvedImage.Missing(src, src)));
        assertTrue(html.contains("id=\"custom-id\""), html);
        assertTrue(html.contains(">Heading</h2>"), html);
    }

    @Test
    void withoutTheOptionTheBlockStaysInTheTextAndSlug() {
        List<Heading> h = headings("## Heading {#custom-id}\n", false);
        assertEquals("heading-custom-id", h.get(0).id());
        assertEquals("Heading {#custom-id}", h.get(0).text());
    }

    @Test
    void bracesThatAreNotAnAttributeBlockStay() {
        List<Heading> h = headings("## Use {braces} here\n\n## {#only}\n\n## Code `x {#y}`\n", true);
        assertEquals(
                List.of("use-braces-here", "only", "code-x-y"),
                h.stream().map(Heading::id).toList());
    }
}
