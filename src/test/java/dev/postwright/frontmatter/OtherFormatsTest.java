package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument.Format;
import dev.postwright.frontmatter.FrontmatterDocument.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TOML ({@code +++}) and JSON frontmatter: detected, edited, body after the block, fields read. */
class OtherFormatsTest {

    private static final String TOML = """
            +++
            title = "Night \\"trains\\""
            date = 2025-03-02T08:00:00+01:00
            draft = true
            slug = 'night-trains'
            weight = 10
            tags = ["trains", "planning"]
            categories = [
              "travel",  # a comment
              "europe",
            ]
            summary = \"\"\"
            skipped\"\"\"
            [params]
              author = "not top level"
            +++

            ## Why TOML
            """;

    @Test
    void tomlBlockIsEditableWithTheBodyAfterIt() {
        FrontmatterDocument d = FrontmatterDocument.parse(TOML, YamlDialect.YAML_1_2);
        assertEquals(Format.TOML, d.format());
        assertEquals(Status.OK, d.status());
        assertTrue(d.editable());
        assertTrue(d.error().isEmpty());
        assertEquals("\n## Why TOML\n", d.body());
        assertEquals(17, d.bodyStartLine());
        assertTrue(d.rawYaml().startsWith("title = "));
    }

    @Test
    void tomlSimpleFieldsAreReadForTheIndex() {
        FrontmatterDocument d = FrontmatterDocument.parse(TOML, YamlDialect.YAML_1_2);
        assertEquals(
                List.of("title", "date", "draft", "slug", "weight", "tags", "categories", "summary", "params"),
                d.keys());
        assertEquals("Night \"trains\"", FieldValues.string(d, "title").orElseThrow());
        assertEquals(true, FieldValues.bool(d, "draft").value().orElseThrow());
        assertEquals("night-trains", FieldValues.string(d, "slug").orElseThrow());
        assertEquals(
                List.of("trains", "planning"),
                FieldValues.stringList(d, "tags").value().orElseThrow());
        assertEquals(
                List.of("travel", "europe"),
                FieldValues.stringList(d, "categories").value().orElseThrow());
        assertTrue(FieldValues.date(d, "date").value().isPresent());
        assertEquals(3, d.entry("date").orElseThrow().line());
    }

    @Test
    void brokenTomlIsAnErrorAtLineAndColumnAndRefusesFieldEdits() {
        FrontmatterDocument d =
                FrontmatterDocument.parse("+++\ntitle = \"x\"\ndate = \n+++\nBody\n", YamlDialect.YAML_1_2);
        assertEquals(Status.YAML_ERROR, d.status());
        assertEquals(3, d.error().orElseThrow().line());
        assertEquals(8, d.error().orElseThrow().column());
        assertFalse(d.editable());
        assertEquals("x", FieldValues.string(d, "title").orElseThrow(), "simple fields still read for the index");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.withString("title", "y"));
        assertTrue(e.getMessage().contains("raw TOML"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> d.without("title"));
    }

    @Test
    void tomlTablesAreReadButEditedInTheRawView() {
        FrontmatterDocument d = FrontmatterDocument.parse(TOML, YamlDialect.YAML_1_2);
        YamlValue.Mapping params = (YamlValue.Mapping) d.value("params").orElseThrow();
        assertEquals("not top level", ((YamlValue.Scalar) params.get("author").orElseThrow()).value());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.withString("params", "x"));
        assertTrue(e.getMessage().contains("Raw view"), e.getMessage());
    }

    @Test
    void rawTextEditOfTomlKeepsTheFences() {
        FrontmatterDocument d = FrontmatterDocument.parse(TOML, YamlDialect.YAML_1_2);
        FrontmatterDocument e = d.withRawYaml("title = \"Other\"\n");
        assertEquals("+++\ntitle = \"Other\"\n+++\n\n## Why TOML\n", e.text());
        assertEquals("Other", FieldValues.string(e, "title").orElseThrow());
    }

    @Test
    void unclosedTomlIsUnterminated() {
        FrontmatterDocument d = FrontmatterDocument.parse("+++\ntitle = \"x\"\n\nBody\n", YamlDialect.YAML_1_2);
        assertEquals(Status.UNTERMINATED, d.status());
        assertEquals(Format.TOML, d.format());
        assertEquals("+++\ntitle = \"x\"\n\nBody\n", d.body());
    }

    @Test
    void jsonObjectIsEditableWithFieldsRead() {
        String text = "{\n  \"title\": \"A {braced} title\",\n  \"tags\": [\"a\", \"b\"]\n}\n\n# Body\n";
        FrontmatterDocument d = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        assertEquals(Format.JSON, d.format());
        assertEquals(Status.OK, d.status());
        assertTrue(d.editable());
        assertEquals("\n# Body\n", d.body());
        assertEquals("A {braced} title", FieldValues.string(d, "title").orElseThrow());
        assertEquals(
                List.of("a", "b"), FieldValues.stringList(d, "tags").value().orElseThrow());
        assertEquals(
                text.replace("A {braced} title", "x"),
                d.withString("title", "x").text());
    }

    @Test
    void rawTextEditOfJsonKeepsTheBody() {
        String text = "{\n  \"title\": \"A\"\n}\n\n# Body\n";
        FrontmatterDocument d = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        FrontmatterDocument e = d.withRawYaml("{\n  \"title\": \"B\"\n}\n");
        assertEquals("{\n  \"title\": \"B\"\n}\n\n# Body\n", e.text());
        assertEquals("B", FieldValues.string(e, "title").orElseThrow());
    }

    @Test
    void tomlWithCrlfLineEndings() {
        String text = "+++\r\ntitle = \"x\"\r\ntags = [\r\n  \"a\",\r\n  \"b\"\r\n]\r\n+++\r\nBody\r\n";
        FrontmatterDocument d = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        assertEquals("x", FieldValues.string(d, "title").orElseThrow());
        assertEquals(
                List.of("a", "b"), FieldValues.stringList(d, "tags").value().orElseThrow());
        assertEquals("Body\r\n", d.body());
    }

    @Test
    void yamlAndPlainFilesAreUnchanged() {
        assertEquals(
                Format.YAML,
                FrontmatterDocument.parse("---\ntitle: x\n---\n", YamlDialect.YAML_1_2)
                        .format());
        FrontmatterDocument plain = FrontmatterDocument.parse("{ not json\n\ntext\n", YamlDialect.YAML_1_2);
        assertEquals(Status.MISSING, plain.status());
        assertEquals(Format.YAML, plain.format());
        assertEquals(
                Status.MISSING,
                FrontmatterDocument.parse("++ x\n", YamlDialect.YAML_1_2).status());
    }

    @Test
    void onlyKeyValueYamlIsEditable() {
        assertTrue(FrontmatterDocument.parse("---\ntitle: a\n---\n", YamlDialect.YAML_1_2)
                .editable());
        FrontmatterDocument flow =
                FrontmatterDocument.parse("---\n# one mapping\n{title: a}\n---\n", YamlDialect.YAML_1_2);
        assertEquals(Status.OK, flow.status());
        assertFalse(flow.editable());
        assertFalse(FrontmatterDocument.parse("---\ntitle: [a\n---\n", YamlDialect.YAML_1_2)
                .editable());
        assertFalse(FrontmatterDocument.parse("+++\ntitle = \"a\"\n", YamlDialect.YAML_1_2)
                .editable());
    }
}
