package dev.postwright.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.validation.Fix;
import dev.postwright.validation.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules that look beyond one post (slugs, tag vocabulary, image files) and their quick fixes. */
class SiteRulesTest {

    @TempDir
    Path tmp;

    private static final String D = "description: A description that is comfortably longer than fifty characters.\n";

    private static String post(String extra) {
        return "---\ntitle: Hello there\npubDatetime: 2024-01-05\n" + D + extra + "---\nBody.\n";
    }

    private static String rules(List<Problem> problems) {
        return String.join(
                " ",
                problems.stream()
                        .map(p -> p.rule() + "@" + p.line() + ":" + p.column())
                        .toList());
    }

    @Test
    void duplicateUrlIsReportedOnBothPostsNamingTheOther() {
        TinySite s = new TinySite(tmp);
        Path a = s.post("first.md", post(""));
        Path b = s.post("second.md", post("slug: first\n"));
        List<Problem> onA = s.check(a);
        List<Problem> onB = s.check(b);
        assertEquals("slug.duplicate@1:1", rules(onA));
        assertEquals("slug.duplicate@5:7", rules(onB));
        assertTrue(
                onB.get(0).message().contains("src/data/blog/first.md"),
                onB.get(0).message());
        assertTrue(onB.get(0).message().contains("/posts/first/"), onB.get(0).message());
        assertTrue(
                onA.get(0).message().contains("src/data/blog/second.md"),
                onA.get(0).message());
    }

    @Test
    void distinctUrlsAreSilent() {
        TinySite s = new TinySite(tmp);
        s.post("first.md", post(""));
        Path b = s.post("second.md", post("slug: another-one\n"));
        assertEquals("", rules(s.check(b)));
    }

    @Test
    void nearDuplicateTagNamesTheExistingTagAndItsUse() {
        TinySite s = new TinySite(tmp);
        s.post("a.md", post("tags: [javascript]\n"));
        s.post("b.md", post("tags: [javascript, notes]\n"));
        Path c = s.post("c.md", post("tags: [notes, javascripts]\n"));
        List<Problem> problems = s.check(c);
        assertEquals("tag.near-duplicate@5:15", rules(problems));
        assertTrue(
                problems.get(0).message().contains("'javascript' (used by 2 other posts)"),
                problems.get(0).message());
    }

    @Test
    void majoritySpellingIsSilent() {
        TinySite s = new TinySite(tmp);
        s.post("a.md", post("tags: [javascript]\n"));
        s.post("b.md", post("tags: [javascripts]\n"));
        Path c = s.post("c.md", post("tags: [javascript]\n"));
        assertEquals("", rules(s.check(c)));
    }

    @Test
    void configuredVocabularyWinsOverOneUse() {
        TinySite s = new TinySite(tmp);
        s.write(tmp.resolve(".postwright.yml"), "tags: [photography, bread]\n");
        Path a = s.post("a.md", post("tags: [photograhy, cooking]\n"));
        assertEquals("tag.near-duplicate@5:8", rules(s.check(a)));
    }

    @Test
    void anyTagStyleSilencesFormat() {
        TinySite s = new TinySite(tmp);
        s.write(tmp.resolve(".postwright.yml"), "tagStyle: any\n");
        Path a = s.post("a.md", post("tags: [Big Data]\n"));
        assertEquals("", rules(s.check(a)));
    }

    @ParameterizedTest(name = "ogImage {0}x{1} -> {2}")
    @CsvSource({"1200, 630, ''", "1600, 900, ''", "800, 630, ogImage.size@5:10", "1200, 629, ogImage.size@5:10"})
    void ogImageSize(int w, int h, String expected) {
        TinySite s = new TinySite(tmp);
        s.file("public/images/og.png", png(w, h));
        Path a = s.post("a.md", post("ogImage: /images/og.png\n"));
        assertEquals(expected, rules(s.check(a)));
    }

    @Test
    void ogImageNextToThePost() {
        TinySite s = new TinySite(tmp);
        s.file("src/data/blog/cover.gif", gif(600, 315));
        Path a = s.post("a.md", post("ogImage: ./cover.gif\n"));
        assertEquals("ogImage.size@5:10", rules(s.check(a)));
        assertTrue(s.check(a).get(0).message().contains("600×315"));
    }

    @Test
    void unknownImageFormatIsSilent() {
        TinySite s = new TinySite(tmp);
        s.file("public/og.svg", "<svg/>".getBytes());
        Path a = s.post("a.md", post("ogImage: /og.svg\n"));
        assertEquals("", rules(s.check(a)));
    }

    @Test
    void imageHeadersOfEveryFormat() {
        assertEquals(Optional.of(new ImageHeader.Size(1200, 630)), ImageHeader.parse(png(1200, 630)));
        assertEquals(Optional.of(new ImageHeader.Size(640, 480)), ImageHeader.parse(gif(640, 480)));
        assertEquals(Optional.of(new ImageHeader.Size(1280, 720)), ImageHeader.parse(jpeg(1280, 720)));
        assertEquals(Optional.of(new ImageHeader.Size(1200, 630)), ImageHeader.parse(webpX(1200, 630)));
        assertEquals(Optional.of(new ImageHeader.Size(300, 200)), ImageHeader.parse(webpLossless(300, 200)));
        assertEquals(Optional.empty(), ImageHeader.parse("not an image".getBytes()));
        assertEquals(Optional.empty(), ImageHeader.parse(Arrays.copyOf(png(10, 10), 15)));
        assertEquals(
                Optional.of(new ImageHeader.Size(1200, 630)),
                ImageHeader.read(Path.of("assets/sample-site/src/assets/images/og-field-notes.png")));
    }

    // ---- quick fixes: applied, re-validated, the problem gone and every other line unchanged ----

    @Test
    void renameUnknownFieldFix() {
        assertFixed(
                "---\ntitle: Hello there\npubdatetime: 2024-01-05\n" + D + "---\nBody.\n",
                "field.unknown",
                "---\ntitle: Hello there\npubDatetime: 2024-01-05\n" + D + "---\nBody.\n");
    }

    @Test
    void renameTypoFix() {
        assertFixed(post("tag: [notes]\n"), "field.unknown", post("tags: [notes]\n"));
    }

    @Test
    void kebabTagFix() {
        TinySite s = new TinySite(tmp);
        s.write(s.root.resolve(".postwright.yml"), "tagStyle: kebab\n");
        applyAndCheck(
                s,
                s.post("post.md", post("tags: [notes, \"Big Data\", misc]\n")),
                "tag.format",
                post("tags: [notes, big-data, misc]\n"));
    }

    @Test
    void duplicateTagFixFlow() {
        assertFixed(post("tags: [aa, bb, aa] # c\n"), "tag.duplicate", post("tags: [aa, bb] # c\n"));
    }

    @Test
    void duplicateTagFixBlock() {
        assertFixed(post("tags:\n  - aa\n  - bb\n  - aa # again\n"), "tag.duplicate", post("tags:\n  - aa\n  - bb\n"));
    }

    @Test
    void nearDuplicateFix() {
        TinySite s = new TinySite(tmp);
        s.post("other.md", post("tags: [sourdough]\n"));
        Path p = s.post("a.md", post("tags: [bread, sourdoughs]\n"));
        applyAndCheck(s, p, "tag.near-duplicate", post("tags: [bread, sourdough]\n"));
    }

    @Test
    void slugFixFromValueAndFromTitle() {
        assertFixed(post("slug: My Post!\n"), "slug.format", post("slug: my-post\n"));
        assertFixed(post("slug: \"\"\n"), "slug.format", post("slug: \"hello-there\"\n")); // quote style kept
    }

    @Test
    void emptyNonNullableFieldFixRemovesIt() {
        assertFixed(post("canonicalURL:\n"), "field.type", post(""));
    }

    @Test
    void fixApplierParsesListValues() {
        String out =
                FixApplier.apply(post("tags: [a]\n"), new Fix.FieldEdit("tags", "[a, b]", "x"), YamlDialect.YAML_1_2);
        assertEquals(post("tags: [a, b]\n"), out);
    }

    @Test
    void fieldFixAddsANewFieldInTheSchemasOrder() {
        Schema schema = new Schema(
                List.of(
                        Field.required("title", FieldType.STRING),
                        Field.optional("description", FieldType.STRING),
                        Field.required("pubDate", FieldType.STRING)),
                false,
                "test");
        String text = "---\ntitle: T\npubDate: 2024-01-01\n---\nBody\n";
        Fix add = new Fix.FieldEdit("description", "About it", "x");
        assertEquals(
                "---\ntitle: T\ndescription: About it\npubDate: 2024-01-01\n---\nBody\n",
                FixApplier.apply(text, add, YamlDialect.YAML_1_2, schema));
        // without the site's schema the field goes last: the order the form and the fixes now share
        assertEquals(
                "---\ntitle: T\npubDate: 2024-01-01\ndescription: About it\n---\nBody\n",
                FixApplier.apply(text, add, YamlDialect.YAML_1_2));
    }

    private void assertFixed(String text, String rule, String expected) {
        TinySite s = new TinySite(tmp);
        Path p = s.post("post.md", text);
        applyAndCheck(s, p, rule, expected);
    }

    private static void applyAndCheck(TinySite s, Path p, String rule, String expected) {
        String text = TinySite.read(p);
        Problem problem = s.check(p).stream()
                .filter(x -> x.rule().equals(rule))
                .findFirst()
                .orElseThrow();
        Fix fix = problem.fix().orElseThrow(() -> new AssertionError("no fix on " + problem));
        String fixed = FixApplier.apply(text, fix, YamlDialect.YAML_1_2);
        assertEquals(expected, fixed);
        s.write(p, fixed);
        List<Problem> after = s.check(p);
        assertEquals("", rules(after), "after " + fix.description());
    }

    // ---- image headers written by hand: only the bytes the reader looks at ----

    static byte[] png(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        b.putInt(w).putInt(h).put(new byte[] {8, 2, 0, 0, 0});
        return b.array();
    }

    static byte[] gif(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(13).order(ByteOrder.LITTLE_ENDIAN);
        b.put("GIF89a".getBytes()).putShort((short) w).putShort((short) h);
        return b.array();
    }

    static byte[] jpeg(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(40);
        b.put(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 6, 'J', 'F', 'I', 'F'});
        b.put(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 17, 8})
                .putShort((short) h)
                .putShort((short) w);
        return b.array();
    }

    static byte[] webpX(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes())
                .putInt(22)
                .put("WEBPVP8X".getBytes())
                .putInt(10)
                .putInt(0);
        b.put((byte) (w - 1)).put((byte) ((w - 1) >> 8)).put((byte) 0);
        b.put((byte) (h - 1)).put((byte) ((h - 1) >> 8)).put((byte) 0);
        return b.array();
    }

    static byte[] webpLossless(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(22).put("WEBPVP8L".getBytes()).putInt(5).put((byte) 0x2F);
        b.putInt((w - 1) | (h - 1) << 14);
        return b.array();
    }
}
