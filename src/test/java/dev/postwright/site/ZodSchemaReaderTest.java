package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZodSchemaReaderTest {

    @TempDir
    Path root;

    static String fixture(String name) throws IOException {
        try (InputStream in = ZodSchemaReaderTest.class.getResourceAsStream("/site/zod/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Field field(Schema s, String name) {
        return s.field(name).orElseThrow(() -> new AssertionError("no field " + name + " in " + s.fields()));
    }

    private static List<String> names(Schema s) {
        return s.fields().stream().map(Field::name).toList();
    }

    @Test
    void readsAstroPaperV5SchemaWithCustomFieldInZodOrder() throws Exception {
        Schema s = ZodSchemaReader.parse(fixture("v5-content.config.ts"), "src/content.config.ts");
        assertEquals(
                List.of(
                        "author",
                        "pubDatetime",
                        "modDatetime",
                        "title",
                        "featured",
                        "draft",
                        "tags",
                        "ogImage",
                        "description",
                        "canonicalURL",
                        "hideEditPost",
                        "timezone",
                        "emoji"),
                names(s));
        assertEquals("src/content.config.ts", s.source());
        assertFalse(s.strict());

        Field author = field(s, "author");
        assertEquals(FieldType.STRING, author.type());
        assertFalse(author.required(), "SITE.author default makes it optional");
        assertEquals(Optional.empty(), author.defaultValue(), "non-literal default is not recorded");

        assertEquals(
                new Field("pubDatetime", FieldType.DATETIME, true, false, Optional.empty(), List.of()),
                field(s, "pubDatetime"));
        Field mod = field(s, "modDatetime");
        assertTrue(mod.nullable());
        assertFalse(mod.required());
        assertEquals(FieldType.STRING_LIST, field(s, "tags").type());
        assertEquals(Optional.of("[others]"), field(s, "tags").defaultValue());
        assertEquals(FieldType.IMAGE, field(s, "ogImage").type());
        assertEquals(FieldType.TEXT, field(s, "description").type());
        assertTrue(field(s, "description").required());
        assertEquals(Field.optional("emoji", FieldType.STRING), field(s, "emoji"));
    }

    @Test
    void readsV4ConfigWithPostSlugAndMultiLineImageChain() throws Exception {
        Schema s = ZodSchemaReader.parse(fixture("v4-config.ts"), "src/content/config.ts");
        assertEquals(Field.optional("postSlug", FieldType.STRING), field(s, "postSlug"));
        Field og = field(s, "ogImage");
        assertEquals(FieldType.IMAGE, og.type());
        assertFalse(og.required());
        assertEquals(12, s.fields().size());
    }

    @Test
    void readsStrictSchemaFromSchemasFile() throws Exception {
        Schema s = ZodSchemaReader.parse(fixture("v2-_schemas.ts"), "src/content/_schemas.ts");
        assertTrue(s.strict());
        assertEquals(FieldType.STRING, field(s, "ogImage").type());
        assertEquals(9, s.fields().size());
    }

    @Test
    void readsTheBlogCollectionAmongOthersWithUnusualTypes() throws Exception {
        Schema s = ZodSchemaReader.parse(fixture("custom.config.ts"), "src/content.config.ts");
        assertTrue(s.strict());
        assertFalse(names(s).contains("heading"), "docs collection must not leak in");
        assertEquals(FieldType.DATETIME, field(s, "pubDatetime").type());
        assertEquals(FieldType.TEXT, field(s, "description").type());
        assertEquals(FieldType.URL, field(s, "canonicalURL").type());
        assertTrue(field(s, "website").required());
        Field kind = field(s, "kind");
        assertEquals(FieldType.ENUM, kind.type());
        assertEquals(List.of("essay", "note", "link"), kind.enumValues());
        assertEquals(Optional.of("note"), kind.defaultValue());
        assertEquals(FieldType.UNKNOWN, field(s, "status").type(), "enum of a constant has no known values");
        Field rating = field(s, "rating");
        assertEquals(FieldType.NUMBER, rating.type());
        assertTrue(rating.nullable());
        assertFalse(rating.required());
        assertEquals(FieldType.UNKNOWN, field(s, "series").type());
        assertEquals(FieldType.IMAGE, field(s, "cover").type());
        assertEquals(FieldType.UNKNOWN, field(s, "related").type());
        assertEquals(Optional.of("false"), field(s, "draft").defaultValue());
        assertEquals(Optional.of("true"), field(s, "hidden").defaultValue());
        assertEquals(Optional.of("10"), field(s, "weight").defaultValue());
        assertEquals(Optional.of("en"), field(s, "lang").defaultValue());
        assertEquals(FieldType.STRING_LIST, field(s, "keywords").type());
        assertEquals(Optional.of("[]"), field(s, "keywords").defaultValue());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "z.string()                         | STRING",
                "z.string().url()                   | URL",
                "z.boolean()                        | BOOLEAN",
                "z.date()                           | DATETIME",
                "z.coerce.date()                    | DATETIME",
                "z.array(z.string())                | STRING_LIST",
                "z.array(z.number())                | UNKNOWN",
                "image()                            | IMAGE",
                "image().or(z.string())             | IMAGE",
                "z.enum(['a', 'b'])                 | ENUM",
                "z.number()                         | NUMBER",
                "z.object({ a: z.string() })        | UNKNOWN",
                "z.literal('x')                     | UNKNOWN",
                "SOMETHING                          | UNKNOWN",
            })
    void mapsZodTypes(String expression, FieldType type) {
        assertEquals(type, ZodSchemaReader.typeOf("x", expression));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'[\"others\"]'     | [others]",
                "'[\"a b\", 3]'     | '[a b, 3]'",
                "false              | false",
                "'\"yes\"'          | '\"yes\"'",
                "'\"12\"'           | '\"12\"'",
                "SITE.author        | ''",
                "new Date()         | ''",
            })
    void convertsDefaultLiteralsToYamlText(String js, String yaml) {
        assertEquals(yaml.isEmpty() ? Optional.empty() : Optional.of(yaml), ZodExpression.literal(js));
    }

    @Test
    void garbageFileFallsBackToPresetWithNote() throws Exception {
        write("src/content.config.ts", fixture("garbage.config.ts"));
        Schema preset = Preset.ASTROPAPER.defaultSchema(Optional.empty());
        ZodSchemaReader.Result r = ZodSchemaReader.read(root, preset);
        assertSame(preset, r.schema());
        assertEquals(
                "src/content.config.ts has no z.object schema for the blog collection;"
                        + " using the AstroPaper preset fields",
                r.note());
    }

    @Test
    void unclosedObjectIsReportedWithItsLine() throws Exception {
        ZodSchemaException e = assertThrows(
                ZodSchemaException.class,
                () -> ZodSchemaReader.parse(fixture("unclosed.config.ts"), "src/content.config.ts"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void missingFilesFallBackWithNote() {
        ZodSchemaReader.Result r = ZodSchemaReader.read(root, Preset.ASTROPAPER.defaultSchema(Optional.empty()));
        assertEquals("astropaper preset", r.schema().source());
        assertTrue(r.note().startsWith("No src/content.config.ts"), r.note());
    }

    @Test
    void v2ConfigReferencingSchemasFileIsFollowedToSchemasFile() throws Exception {
        write("src/content/config.ts", fixture("v2-config.ts"));
        write("src/content/_schemas.ts", fixture("v2-_schemas.ts"));
        ZodSchemaReader.Result r = ZodSchemaReader.read(root, Preset.ASTROPAPER.defaultSchema(Optional.empty()));
        assertEquals("src/content/_schemas.ts", r.schema().source());
        assertTrue(r.schema().strict());
        assertEquals("Fields from src/content/_schemas.ts (9 fields, strict)", r.note());
    }

    @Test
    void commentedOutFieldsAndCommentsWithBracketsAreIgnored() throws Exception {
        Schema s = ZodSchemaReader.parse("""
                const blog = defineCollection({ schema: z.object({
                  title: z.string(), // keep it short (under 70 chars) {
                  /* old: z.string(),
                  subtitle: z.string(), */
                  // legacy: z.boolean(),
                  url: "http://x//y" ? z.string() : z.string(),
                }) });
                """, "src/content.config.ts");
        assertEquals(List.of("title", "url"), names(s));
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
