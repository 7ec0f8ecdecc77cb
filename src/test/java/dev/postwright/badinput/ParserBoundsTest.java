package dev.postwright.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.SiteImageResolver;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The parser-level cases the fuzz property and the profiler found, each once super-linear or recursive: generated
 * here at a size that took seconds to minutes before the fix, and bounded generously (not SPEC §8's budget).
 */
class ParserBoundsTest {

    private static final Duration GUARD = Duration.ofSeconds(20);
    private final MarkdownEngine engine = new MarkdownEngine();

    private ParsedMarkdown parse(String body) {
        return assertTimeoutPreemptively(GUARD, () -> engine.parse(body, 1, 0));
    }

    @Test
    void thousandsOfUnclosedInlineAnchorsInOneParagraph() {
        ParsedMarkdown md = parse("<a href=\"/x\">x ".repeat(20_000) + "\n");
        assertEquals(20_000, md.links().size());
        assertTrue(md.links().get(0).text().length() <= 600, "anchor text is bounded for messages");
    }

    @Test
    void aLongDottedRunIsNotAutolinkedButRealLinksAroundItAre() {
        ParsedMarkdown md = parse("See www.example.com today.\n\n" + "www." + "a.".repeat(200_000) + "\n");
        assertTrue(
                md.links().stream().anyMatch(l -> l.destination().contains("www.example.com")),
                md.links().toString());
    }

    @Test
    void aMegabyteOfStarsIsNoThematicBreakAndNoStackOverflow() {
        parse("*".repeat(1 << 20) + "\n");
        ParsedMarkdown rule = parse("* * *\n\n- - -\n");
        assertTrue(
                engine.renderHtml(rule, RenderOptions.of(new SiteImageResolver(Path.of("/tmp"), Path.of("/tmp"))))
                        .contains("<hr"),
                "real thematic breaks still are");
    }

    @Test
    void fiftyThousandNestedQuotesParseOnTheDeepStack() {
        ParsedMarkdown md = parse(">".repeat(50_000) + " [x](/a)\n");
        assertEquals(1, md.links().size());
    }

    @Test
    void aQuarterMegabyteParagraphOfLinksIsLinear() {
        String line = "Lorem [link](/posts/nowhere/) ipsum dolor sit amet.\n";
        int lines = 256 * 1024 / line.length();
        ParsedMarkdown md = parse(line.repeat(lines));
        assertEquals(lines, md.links().size());
    }

    @Test
    void referenceDefinitionsStillWorkWithTheCopyFreeInlineParser() {
        ParsedMarkdown md = parse("See [a][ok] and [b][nope].\n\n[ok]: /files/x.pdf\n");
        assertEquals(1, md.undefinedReferences().size());
        assertEquals("nope", md.undefinedReferences().get(0).label());
    }
}
