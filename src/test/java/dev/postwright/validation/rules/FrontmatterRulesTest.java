package dev.postwright.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.validation.Problem;
import dev.postwright.validation.RuleCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule id firing at its position, and silent on the nearby valid spelling. */
class FrontmatterRulesTest {

    @TempDir
    Path tmp;

    private static String fm(String... lines) {
        return "---\n" + String.join("\n", lines) + "\n---\nBody.\n";
    }

    private static final String T = "title: Hello there";
    private static final String P = "pubDatetime: 2024-01-05";
    private static final String D = "description: A description that is comfortably longer than fifty characters.";

    static Stream<Arguments> firing() {
        return Stream.of(
                Arguments.of("no block", "Just text.\n", "frontmatter.missing", 1, 1),
                Arguments.of("no closing fence", "---\ntitle: x\n\nBody.\n", "frontmatter.unterminated", 1, 1),
                Arguments.of("lone fence", "---", "frontmatter.unterminated", 1, 1),
                Arguments.of("bad yaml", fm(T, "tags: [a, b", P, D), "yaml.syntax", 0, 0),
                Arguments.of("title missing", fm(P, D), "field.required", 1, 1),
                Arguments.of("title blank", fm("title: \"\"", P, D), "field.required", 2, 1),
                Arguments.of("description null", fm(T, P, "description:"), "field.required", 4, 1),
                Arguments.of("quoted no", fm(T, P, D, "draft: \"no\""), "field.type", 5, 8),
                Arguments.of("bare no in YAML 1.2", fm(T, P, D, "draft: no"), "field.type", 5, 8),
                Arguments.of("tags scalar", fm(T, P, D, "tags: data"), "field.type", 5, 7),
                Arguments.of("title a number", fm("title: 2024", P, D), "field.type", 2, 8),
                Arguments.of("date a list", fm(T, "pubDatetime: [2024-01-05]", D), "field.type", 3, 14),
                Arguments.of("url not absolute", fm(T, P, D, "canonicalURL: example.com/x"), "field.type", 5, 15),
                Arguments.of("optional not nullable left empty", fm(T, P, D, "canonicalURL:"), "field.type", 5, 1),
                Arguments.of("image a list", fm(T, P, D, "ogImage: [a.png]"), "field.type", 5, 10),
                Arguments.of("unknown key", fm(T, "subtitle: More", P, D), "field.unknown", 3, 1),
                Arguments.of("month 13", fm(T, "pubDatetime: 2024-13-45", D), "date.invalid", 3, 14),
                Arguments.of("words", fm(T, "pubDatetime: next tuesday", D), "date.invalid", 3, 14),
                Arguments.of("slashes", fm(T, "pubDatetime: 2024/01/05", D), "date.invalid", 3, 14),
                Arguments.of("bad modDatetime", fm(T, P, "modDatetime: \"2024-02-30\"", D), "date.invalid", 4, 14),
                Arguments.of("mod before pub", fm(T, P, "modDatetime: 2024-01-04", D), "date.order", 4, 14),
                Arguments.of(
                        "mod before pub, instants",
                        fm(T, "pubDatetime: 2024-01-05T10:00:00+01:00", "modDatetime: 2024-01-05T08:30:00Z", D),
                        "date.order",
                        4,
                        14),
                Arguments.of("scheduled", fm(T, "pubDatetime: 2025-06-02T08:00:00Z", D), "date.future", 3, 14),
                Arguments.of(
                        "scheduled, draft false",
                        fm(T, "pubDatetime: 2026-01-01", "draft: false", D),
                        "date.future",
                        3,
                        14),
                Arguments.of("slug with '?'", fm(T, "slug: what?", P, D), "slug.format", 3, 7),
                Arguments.of("slug empty string", fm(T, "slug: \"\"", P, D), "slug.format", 3, 7),
                Arguments.of("slug null", fm(T, "slug:", P, D), "slug.format", 3, 1),
                Arguments.of("postSlug of punctuation", fm(T, "postSlug: \"!!!\"", P, D), "slug.format", 3, 11),
                Arguments.of("tag of punctuation", fm(T, P, D, "tags: [notes, \"!!!\"]"), "tag.format", 5, 15),
                Arguments.of("tag emoji block", fm(T, P, D, "tags:", "  - \"\uD83C\uDF89\""), "tag.format", 6, 5),
                Arguments.of("tag repeated", fm(T, P, D, "tags: [aa, bb, aa]"), "tag.duplicate", 5, 16),
                Arguments.of("description short", fm(T, P, "description: Too short."), "description.length", 4, 14),
                Arguments.of(
                        "description long", fm(T, P, "description: " + "x".repeat(161)), "description.length", 4, 14),
                Arguments.of("ogImage missing", fm(T, P, D, "ogImage: /images/nope.png"), "ogImage.missing", 5, 10),
                Arguments.of(
                        "ogImage relative missing", fm(T, P, D, "ogImage: ./cover.png"), "ogImage.missing", 5, 10));
    }

    @ParameterizedTest(name = "{2} fires: {0}")
    @MethodSource("firing")
    void fires(String name, String text, String rule, int line, int column) {
        TinySite s = new TinySite(tmp);
        Path post = s.post("post.md", text);
        List<Problem> problems = s.check(post);
        List<Problem> hits =
                problems.stream().filter(p -> p.rule().equals(rule)).toList();
        assertEquals(1, hits.size(), () -> "expected one " + rule + " in " + problems);
        Problem p = hits.get(0);
        if (line > 0) {
            assertEquals(line + ":" + column, p.line() + ":" + p.column(), p.message());
        }
        assertEquals(RuleCatalog.defaultSeverity(rule).orElseThrow(), p.severity());
        assertTrue(p.message().length() > 20, p.message());
    }

    static Stream<Arguments> silent() {
        return Stream.of(
                Arguments.of("valid post", TinySite.VALID),
                Arguments.of("comments and blank lines", fm("# a comment", T, "", P, D)),
                Arguments.of("title with default author missing", fm(T, P, D, "author: Ada")),
                Arguments.of("booleans", fm(T, P, D, "draft: false", "featured: true")),
                Arguments.of("nullable mod left empty", fm(T, P, "modDatetime:", D)),
                Arguments.of("mod after pub", fm(T, P, "modDatetime: 2024-02-01T08:00:00Z", D)),
                Arguments.of(
                        "bare mod same day as pub time",
                        fm(T, "pubDatetime: 2024-01-05T10:00:00Z", "modDatetime: 2024-01-05", D)),
                Arguments.of("quoted date", fm(T, "pubDatetime: \"2024-01-05\"", D)),
                Arguments.of("datetime with space and zone", fm(T, "pubDatetime: 2024-01-05 10:00:00 +02:00", D)),
                Arguments.of("future but draft", fm(T, "pubDatetime: 2026-01-01", "draft: true", D)),
                Arguments.of("slug valid", fm(T, "slug: my-post-2", P, D)),
                Arguments.of("tags kebab block", fm(T, P, D, "tags:", "  - big-data # comment", "  - notes")),
                Arguments.of("tags empty", fm(T, P, D, "tags: []")),
                Arguments.of(
                        "tags the theme slugifies", fm(T, P, D, "tags: [Java, AKS, \u7B97\u6CD5, Big Data, big_data]")),
                Arguments.of("url absolute", fm(T, P, D, "canonicalURL: https://example.com/a/")),
                Arguments.of("ogImage remote", fm(T, P, D, "ogImage: https://example.com/og.png")),
                Arguments.of(
                        "description folded",
                        fm(
                                T,
                                P,
                                "description: >-",
                                "  A description that is comfortably longer than fifty",
                                "  characters, written over two lines.")),
                Arguments.of("CRLF", fm(T, P, D, "tags: [notes]").replace("\n", "\r\n")));
    }

    @ParameterizedTest(name = "silent: {0}")
    @MethodSource("silent")
    void silent(String name, String text) {
        TinySite s = new TinySite(tmp);
        Path post = s.post("post.md", text);
        assertEquals(List.of(), s.check(post));
    }

    @Test
    void brokenFrontmatterDoesNotCascade() {
        TinySite s = new TinySite(tmp);
        Path post = s.post("post.md", fm("title: [unclosed", "subtitle: x", "slug: Bad Slug"));
        List<Problem> problems = s.check(post);
        assertEquals(
                List.of("yaml.syntax"), problems.stream().map(Problem::rule).toList(), problems::toString);
        assertTrue(problems.get(0).message().contains("the raw text is kept as written"));
    }

    @Test
    void missingFieldMessageNamesTheField() {
        TinySite s = new TinySite(tmp);
        Path post = s.post("post.md", fm(T, D));
        Problem p = s.check(post).get(0);
        assertEquals("field.required", p.rule());
        assertTrue(p.message().contains("'pubDatetime'"), p.message());
    }

    @Test
    void futureMessageNamesDateAndUrl() {
        TinySite s = new TinySite(tmp);
        Path post = s.post("later.md", fm(T, "pubDatetime: 2026-01-01", D));
        Problem p = s.check(post).get(0);
        assertTrue(p.message().contains("2026-01-01") && p.message().contains("/posts/later/"), p.message());
    }

    @Test
    void enumAndNumberFromConfigFields() {
        TinySite s = new TinySite(tmp);
        s.write(tmp.resolve(".postwright.yml"), """
                fields:
                  mood:
                    type: enum
                    values: [calm, busy]
                  weight: number
                """);
        Path post = s.post("post.md", fm(T, P, D, "mood: angry", "weight: heavy"));
        List<Problem> problems = s.check(post);
        String got = problems.stream()
                .map(p -> p.rule() + "@" + p.line() + ":" + p.column())
                .collect(Collectors.joining(" "));
        assertEquals("field.type@5:7 field.type@6:9", got, problems::toString);
        assertTrue(
                problems.get(0).message().contains("calm, busy"),
                problems.get(0).message());
    }
}
