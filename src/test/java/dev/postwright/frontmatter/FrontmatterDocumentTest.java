package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontmatterDocumentTest {

    private static final String POST = """
            ---
            # the post title
            title: "[Sponsored] A day: at the bay"
            author: Ana Müller
            pubDatetime: 2023-10-01
            modDatetime:
            draft: false # todo
            tags: [data, conference]
            description: >-
              A folded description
              over two lines.
            ---

            ## Body
            """;

    private static FrontmatterDocument doc(String text) {
        return FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
    }

    @Test
    void removingAKeyKeepsTheLineAboveWhenItIsAnotherValuesContent() {
        // "  #" is the folded description's text, not a comment above featured: it stays.
        FrontmatterDocument doc = FrontmatterDocument.parse(
                "---\ndescription: >-\n  #\nfeatured: true\n---\nBody\n", YamlDialect.YAML_1_2);
        assertEquals(
                "---\ndescription: >-\n  #\n---\nBody\n",
                doc.without("featured").text());
    }

    @Test
    void parsesKeysValuesAndOffsets() {
        FrontmatterDocument d = doc(POST);
        assertEquals(Status.OK, d.status(), () -> d.error().toString());
        assertEquals(
                List.of("title", "author", "pubDatetime", "modDatetime", "draft", "tags", "description"), d.keys());
        var title = (YamlValue.Scalar) d.value("title").orElseThrow();
        assertEquals("[Sponsored] A day: at the bay", title.value());
        assertEquals(ScalarStyle.DOUBLE, title.style());
        assertEquals(3, title.line());
        assertEquals(8, title.column());
        assertEquals(
                ScalarKind.TIMESTAMP, ((YamlValue.Scalar) d.value("pubDatetime").orElseThrow()).kind());
        assertEquals(ScalarKind.NULL, ((YamlValue.Scalar) d.value("modDatetime").orElseThrow()).kind());
        assertEquals(
                "A folded description over two lines.",
                ((YamlValue.Scalar) d.value("description").orElseThrow()).value());
        assertEquals(13, d.bodyStartLine());
        assertEquals("\n## Body\n", d.body());
        var draft = d.entry("draft").orElseThrow();
        assertEquals("draft: false # todo\n", d.text().substring(draft.startOffset(), draft.endOffset()));
        var desc = d.entry("description").orElseThrow();
        assertTrue(d.text().substring(desc.startOffset(), desc.endOffset()).endsWith("two lines.\n"));
    }

    @Test
    void commentBesideValueSurvivesEdit() {
        FrontmatterDocument d = doc(POST).withBoolean("draft", true);
        assertTrue(d.text().contains("draft: true # todo\n"), d.text());
    }

    @Test
    void flowListKeepsStyle() {
        FrontmatterDocument d = doc(POST).withStringList("tags", List.of("data", "conference", "scala"));
        assertTrue(d.text().contains("tags: [data, conference, scala]\n"), d.text());
    }

    @Test
    void blockListKeepsIndentation() {
        String text = "---\ntags:\n    - a\n    - 'b'\ntitle: x\n---\n";
        FrontmatterDocument d = doc(text).withStringList("tags", List.of("a", "b", "c d"));
        assertEquals("---\ntags:\n    - a\n    - 'b'\n    - c d\ntitle: x\n---\n", d.text());
    }

    @Test
    void emptyValueGetsFilled() {
        FrontmatterDocument d = doc(POST).withString("modDatetime", "x");
        assertTrue(d.text().contains("\nmodDatetime: x\n"), d.text());
    }

    @Test
    void foldedDescriptionStaysFolded() {
        FrontmatterDocument d = doc(POST).withString("description", "New text");
        assertTrue(d.text().contains("description: >-\n  New text\n---"), d.text());
        assertEquals("New text", ((YamlValue.Scalar) d.value("description").orElseThrow()).value());
    }

    @Test
    void withoutTakesCommentAbove() {
        FrontmatterDocument d = doc(POST).without("title");
        assertTrue(d.text().startsWith("---\nauthor: Ana Müller\n"), d.text());
    }

    @Test
    void newKeyGoesInSchemaOrder() {
        Schema schema = new Schema(
                List.of(
                        Field.required("title", FieldType.STRING),
                        Field.optional("author", FieldType.STRING),
                        Field.optional("featured", FieldType.BOOLEAN),
                        Field.optional("pubDatetime", FieldType.DATE)),
                false,
                "test");
        FrontmatterDocument d = doc(POST).with("featured", YamlValue.bool(true), schema);
        assertTrue(d.text().contains("author: Ana Müller\nfeatured: true\npubDatetime"), d.text());
        FrontmatterDocument e = doc(POST).with("emoji", YamlValue.string("🌉"), schema);
        assertTrue(e.text().contains("two lines.\nemoji: 🌉\n---"), e.text());
    }

    @Test
    void missingAndUnterminated() {
        assertEquals(Status.MISSING, doc("# Hello\n").status());
        assertEquals("# Hello\n", doc("# Hello\n").body());
        FrontmatterDocument u = doc("---\ntitle: x\n\nbody");
        assertEquals(Status.UNTERMINATED, u.status());
        assertEquals("---\ntitle: x\n\nbody", u.body());
        assertThrows(IllegalStateException.class, () -> u.withString("title", "y"));
        FrontmatterDocument fixed = doc("body\n").withRawYaml("title: x");
        assertEquals("---\ntitle: x\n---\nbody\n", fixed.text());
        assertEquals(Status.OK, fixed.status());
    }

    @Test
    void duplicateKeyReportedOnSecondLine() {
        FrontmatterDocument d = doc("---\ntitle: a\ndraft: false\ntitle: b\n---\n");
        assertEquals(Status.YAML_ERROR, d.status());
        assertEquals(4, d.error().orElseThrow().line(), d.error().toString());
        assertTrue(d.error().orElseThrow().message().contains("title"));
    }

    @Test
    void syntaxErrorLineInWholeFile() {
        FrontmatterDocument d = doc("---\ntitle: a\ndraft: false\ntags: [a, b\n---\nbody\n");
        assertEquals(Status.YAML_ERROR, d.status());
        YamlProblem p = d.error().orElseThrow();
        assertTrue(p.line() >= 4 && p.line() <= 5, p.toString());
        FrontmatterDocument e = doc("---\ntitle: a\nauthor: b\n  bad: indent: here\n---\n");
        assertEquals(4, e.error().orElseThrow().line(), e.error().toString());
    }

    @Test
    void tabAfterColonIsAccepted() {
        String text = "---\ntitle:\tHello\ntags: \t\ndraft: false\t# c\n---\n";
        FrontmatterDocument d = doc(text);
        assertEquals(Status.OK, d.status(), () -> d.error().toString());
        assertEquals("Hello", ((YamlValue.Scalar) d.value("title").orElseThrow()).value());
        assertEquals(text, d.text());
        assertEquals(Status.YAML_ERROR, doc("---\ntags:\n\t- a\n---\n").status());
    }

    @Test
    void dialectKinds() {
        String text = "---\ndraft: no\n---\n";
        assertEquals(
                ScalarKind.STRING, ((YamlValue.Scalar) doc(text).value("draft").orElseThrow()).kind());
        assertEquals(
                ScalarKind.BOOLEAN,
                ((YamlValue.Scalar) FrontmatterDocument.parse(text, YamlDialect.YAML_1_1)
                                .value("draft")
                                .orElseThrow())
                        .kind());
    }

    @Test
    void aliasBombRefused() {
        StringBuilder b = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        b.append("---\n");
        long start = System.nanoTime();
        FrontmatterDocument d = doc(b.toString());
        assertEquals(Status.YAML_ERROR, d.status());
        assertTrue(
                d.error().orElseThrow().message().toLowerCase().contains("alias"),
                d.error().toString());
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void javaTagNeverConstructs() {
        FrontmatterDocument d = doc("---\nfile: !!java/object:java.io.File [\"/tmp/x\"]\ntitle: ok\n---\n");
        // Only nodes are composed: the tag is ignored and the value stays plain data.
        assertEquals(Status.OK, d.status());
        assertTrue(d.value("file").orElseThrow() instanceof YamlValue.Sequence);
    }

    @Test
    void deepNestingErrorsCleanly() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        FrontmatterDocument d = doc("---\nx: " + deep + "\n---\n");
        assertEquals(Status.YAML_ERROR, d.status());
        assertEquals(2, d.error().orElseThrow().line());
        StringBuilder block = new StringBuilder("---\n");
        for (int i = 0; i < 10_000; i++) {
            block.append(" ".repeat(i)).append("k:\n");
        }
        FrontmatterDocument e = doc(block.append("---\n").toString());
        assertEquals(Status.YAML_ERROR, e.status());
    }

    @Test
    void rawYamlEditWorksOnBrokenDocument() {
        FrontmatterDocument d = doc("---\ntitle: [\n---\nbody\n");
        assertEquals(Status.YAML_ERROR, d.status());
        assertEquals("title: [\n", d.rawYaml());
        FrontmatterDocument fixed = d.withRawYaml("title: ok\n");
        assertEquals("---\ntitle: ok\n---\nbody\n", fixed.text());
        assertEquals("ok", ((YamlValue.Scalar) fixed.value("title").orElseThrow()).value());
    }

    @Test
    void appendUsesFileLineEnding() {
        FrontmatterDocument d = doc("---\r\ntitle: x\r\n---\r\nbody").withBoolean("draft", false);
        assertEquals("---\r\ntitle: x\r\ndraft: false\r\n---\r\nbody", d.text());
    }

    @Test
    void withoutKeepsCommentSeparatedByBlankLine() {
        FrontmatterDocument d =
                doc("---\na: 1\n# about b\n\n# b itself\nb: 2\nc: 3\n---\n").without("b");
        assertEquals("---\na: 1\n# about b\n\nc: 3\n---\n", d.text());
    }

    @Test
    void quotingOnEdit() {
        FrontmatterDocument d = doc("---\ntitle: Hello\nsub: 'single'\n---\n")
                .withString("title", "[Sponsored] Hi")
                .withString("sub", "it's");
        assertEquals("---\ntitle: \"[Sponsored] Hi\"\nsub: 'it''s'\n---\n", d.text());
        assertEquals(
                "---\ntitle: \"Plain\"\n---\n",
                doc("---\ntitle: \"x\"\n---\n").withString("title", "Plain").text(),
                "old quote style kept");
    }
}
