package dev.postwright.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.SafeHtml;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.workspace.SiteSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue #18's fuzz property: random markdown (tokens that mean something to a markdown reader, sometimes in long
 * runs) under random YAML-ish frontmatter, thrown at the analyser ({@link SiteSession#update}) and the renderer
 * ({@link MarkdownEngine}). Every input answers within a bound, no exception escapes, and the rendered HTML
 * holds nothing that runs: no script element, no event-handler attribute, no {@code javascript:} URL.
 */
class HostileMarkdownProperties {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final List<String> TOKENS = List.of(
            "*",
            "_",
            "**",
            "~~",
            "`",
            "```",
            "[",
            "]",
            "(",
            ")",
            "![",
            "](",
            "<",
            ">",
            "</",
            "&",
            "&amp;",
            "#",
            "## ",
            "- ",
            "* ",
            "1. ",
            "> ",
            "|",
            "|-|",
            ":",
            "\\",
            "\n",
            "\n\n",
            "    ",
            "\t",
            " ",
            "a",
            "word",
            "www.",
            "a.",
            "http://",
            "https://x.io/",
            "@b.c",
            "[^1]",
            "[^1]: ",
            "[r]: /x",
            "{#id}",
            "<div>",
            "</div>",
            "<script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "<a href=\"javascript:x\">",
            "---",
            "===",
            "<!--",
            "-->",
            "$$",
            "é",
            "🌉",
            "\u0000",
            "\r\n",
            "- [ ] ",
            "\u202e");
    private static final List<String> YAML = List.of(
            "title: ",
            "tags: ",
            "[",
            "]",
            "{",
            "}",
            "- ",
            "\n",
            "  ",
            "'",
            "\"",
            "&a ",
            "*a",
            "!!str ",
            "!!binary ",
            ": ",
            "#",
            "x",
            "2024-01-05",
            "yes",
            "null",
            "\t",
            "|",
            ">",
            "? ",
            ",",
            "\\",
            "%");

    private static Path root;
    private static SiteSession session;
    private static MarkdownEngine engine;

    @BeforeContainer
    static void site() throws IOException {
        root = Files.createTempDirectory("pw-fuzz-");
        Files.createDirectories(root.resolve("src/data/blog"));
        Files.createDirectories(root.resolve("public"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        Files.writeString(root.resolve("src/data/blog/other.md"), HostileSite.FM + "\n## Heading\n\nText.\n");
        engine = new MarkdownEngine();
        session = SiteSession.openIndexed(root, engine, HostileSite.CLOCK);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A token, or sometimes a long run of one: the shape that found the quadratic and recursive cases. */
    private static Arbitrary<String> piece(List<String> tokens) {
        Arbitrary<String> one = Arbitraries.of(tokens);
        Arbitrary<String> run = Combinators.combine(
                        Arbitraries.of(tokens), Arbitraries.integers().between(50, 1500))
                .as(String::repeat);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, one), net.jqwik.api.Tuple.of(1, run));
    }

    @Provide
    Arbitrary<String> markdown() {
        return piece(TOKENS).list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> yaml() {
        return piece(YAML).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 150)
    void anyPostIsAnalysedAndRenderedInBoundedTimeAndNothingEscapes(
            @ForAll("yaml") String frontmatter, @ForAll("markdown") String body) {
        String text = "---\n" + frontmatter + "\n---\n" + body;
        Path post = root.resolve("src/data/blog/fuzz.md");
        assertTimeoutPreemptively(
                BOUND,
                () -> {
                    PostAnalysis a = session.update(post, text);
                    List<Problem> problems = session.problems(post);
                    assertNotNull(problems);
                    for (Problem p : problems) {
                        assertFalse(
                                p.message().contains("Exception") || p.message().contains("java."), p.message());
                    }
                    String html = engine.renderHtml(
                            a.markdown().document() != null
                                    ? a.markdown()
                                    : engine.parse(a.frontmatter().body(), 1, 0),
                            RenderOptions.of(new SiteImageResolver(root.resolve("public"), post.getParent())));
                    assertSafe(html);
                },
                () -> "over " + BOUND + " for a post of " + text.length() + " chars");
    }

    @Property(tries = 100)
    void anyBodyRendersWithoutEscapingExceptions(@ForAll("markdown") String body) {
        assertTimeoutPreemptively(BOUND, () -> {
            var parsed = engine.parse(body, 1, 0);
            assertSafe(
                    engine.renderHtml(parsed, RenderOptions.of(new SiteImageResolver(root.resolve("public"), root))));
        });
    }

    /**
     * Nothing in the HTML can run: checked on the parsed document (jsoup), so text that merely mentions
     * {@code <a href="javascript:x">} (an escaped tag in a paragraph or code span) is not mistaken for a link.
     */
    private static void assertSafe(String html) {
        assertEquals(List.of(), SafeHtml.executable(html), "executable in:\n" + html);
    }
}
