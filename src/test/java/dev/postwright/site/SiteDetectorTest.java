package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.YamlDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDetectorTest {

    @TempDir
    Path tmp;

    Path write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    Path dir(String rel) throws IOException {
        return Files.createDirectories(tmp.resolve(rel));
    }

    @Test
    void astroPaperV5FromAPostDeepInside() throws IOException {
        write("blog/astro.config.ts", "export default {}");
        write("blog/src/content.config.ts", ZodSchemaReaderTest.fixture("v5-content.config.ts"));
        Path post = write("blog/src/data/blog/2024/trips/bay.md", "---\n---\n");

        Site site = SiteDetector.detect(post, Optional.empty());

        assertEquals(tmp.resolve("blog"), site.root());
        assertEquals(Preset.ASTROPAPER, site.preset());
        assertEquals(List.of(tmp.resolve("blog/src/data/blog")), site.contentDirs());
        assertEquals(tmp.resolve("blog/public"), site.publicDir());
        assertEquals(YamlDialect.YAML_1_2, site.dialect());
        assertEquals("src/content.config.ts", site.schema().source());
        assertTrue(site.schema().field("emoji").isPresent());
        assertEquals("Fields from src/content.config.ts (13 fields)", site.schemaNote());
        assertEquals("/posts/{subdir}/{slug}/", site.urlPattern());
        assertFalse(site.lone());
        assertEquals(List.of(), site.warnings());
        assertEquals("src/data/blog/2024/trips/bay.md", site.relativize(post));
    }

    @Test
    void astroPaperV4UsesLegacyContentFolderAndFlatUrls() throws IOException {
        write("astro.config.mjs", "");
        write("src/content/config.ts", ZodSchemaReaderTest.fixture("v4-config.ts"));
        Path post = write("src/content/blog/old/Hello World.md", "");

        Site site = SiteDetector.detect(tmp, Optional.empty());

        assertEquals(List.of(tmp.resolve("src/content/blog")), site.contentDirs());
        assertEquals("/posts/{slug}/", site.urlPattern());
        assertEquals("src/content/config.ts", site.schema().source());
        assertEquals("/posts/hello-world/", site.urlOf(post, PostUrlFields.none()));
    }

    @Test
    void astroPaperWithoutSchemaFileUsesPresetFields() throws IOException {
        write("astro.config.mjs", "");
        dir("src/data/blog");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        assertEquals("astropaper preset", site.schema().source());
        assertEquals(
                List.of(
                        "title",
                        "author",
                        "pubDatetime",
                        "modDatetime",
                        "featured",
                        "draft",
                        "tags",
                        "ogImage",
                        "description",
                        "canonicalURL",
                        "slug",
                        "postSlug",
                        "hideEditPost",
                        "timezone"),
                site.schema().fields().stream().map(Field::name).toList());
        assertTrue(site.schemaNote().endsWith("using the AstroPaper preset fields"), site.schemaNote());
    }

    @Test
    void astroSiteWithoutContentFolderWarns() throws IOException {
        write("astro.config.mjs", "");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        assertEquals(List.of(tmp.resolve("src/data/blog")), site.contentDirs());
        assertEquals(1, site.warnings().size());
        assertTrue(
                site.warnings().get(0).startsWith("No content folder"),
                site.warnings().get(0));
    }

    @Test
    void hugoWithHugoToml() throws IOException {
        write("hugo.toml", "title = 'x'");
        Path post = write("content/posts/first.md", "");
        Site site = SiteDetector.detect(post, Optional.empty());
        assertEquals(Preset.HUGO, site.preset());
        assertEquals(tmp, site.root());
        assertEquals(List.of(tmp.resolve("content")), site.contentDirs());
        assertEquals(tmp.resolve("static"), site.publicDir());
        assertEquals("hugo preset", site.schema().source());
        assertEquals(YamlDialect.YAML_1_2, site.dialect());
    }

    @Test
    void hugoWithConfigTomlNeedsContentFolder() throws IOException {
        write("site/config.toml", "");
        write("site/content/a.md", "");
        write("other/config.toml", "");
        Path lone = write("other/a.md", "");
        assertEquals(
                Preset.HUGO,
                SiteDetector.detect(tmp.resolve("site"), Optional.empty()).preset());
        Site notHugo = SiteDetector.detect(lone, Optional.empty());
        assertTrue(notHugo.lone());
        assertEquals(Preset.ASTROPAPER, notHugo.preset());
    }

    @Test
    void jekyllNeedsConfigAndPostsFolder() throws IOException {
        write("_config.yml", "title: x");
        Path post = write("_posts/2024-03-05-hello.md", "");
        Site site = SiteDetector.detect(post, Optional.empty());
        assertEquals(Preset.JEKYLL, site.preset());
        assertEquals(tmp, site.publicDir());
        assertEquals(YamlDialect.YAML_1_1, site.dialect());
        assertEquals(List.of(tmp.resolve("_posts")), site.contentDirs());
    }

    @Test
    void nearestSiteWins() throws IOException {
        write("astro.config.mjs", "");
        write("docs/hugo.toml", "");
        Path post = write("docs/content/guide/a.md", "");
        assertEquals(
                tmp.resolve("docs"), SiteDetector.detect(post, Optional.empty()).root());
    }

    @Test
    void loneFileOpensInItsFolderWithDefaultPreset() throws IOException {
        Path post = write("notes/draft.md", "");
        Site site = SiteDetector.detect(post, Optional.empty());
        assertTrue(site.lone());
        assertEquals(tmp.resolve("notes"), site.root());
        assertEquals(List.of(tmp.resolve("notes")), site.contentDirs());
        assertEquals(Preset.ASTROPAPER, site.preset());
        assertTrue(site.isPost(post));
        assertTrue(site.schemaNote().startsWith("No site found around"), site.schemaNote());
        assertEquals("/posts/draft/", site.urlOf(post, PostUrlFields.none()));
    }

    @Test
    void presetOverrideBeatsDetection() throws IOException {
        write("astro.config.mjs", "");
        write(".postwright.yml", "preset: hugo\n");
        dir("content");
        assertEquals(Preset.HUGO, SiteDetector.detect(tmp, Optional.empty()).preset());
        assertEquals(
                Preset.JEKYLL, SiteDetector.detect(tmp, Optional.of("Jekyll")).preset());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SiteDetector.detect(tmp, Optional.of("gatsby")));
        assertEquals("Unknown preset 'gatsby'. Use one of: astropaper, hugo, jekyll.", e.getMessage());
    }

    @Test
    void missingPathIsRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> SiteDetector.detect(tmp.resolve("nope.md"), Optional.empty()));
    }

    @Test
    void postwrightYmlOverridesFoldersUrlAndFields() throws IOException {
        write("astro.config.mjs", "");
        write("src/content.config.ts", ZodSchemaReaderTest.fixture("v5-content.config.ts"));
        write(".postwright.yml", """
                content: [posts, notes]
                public: assets
                url: /blog/{slug}/
                author: Ada Lovelace
                fields:
                  emoji: {type: string, required: true}
                  mood: {type: enum, values: [happy, sad], default: happy}
                """);
        Path post = write("posts/x/My Post.md", "");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        assertEquals(List.of(tmp.resolve("posts"), tmp.resolve("notes")), site.contentDirs());
        assertEquals(tmp.resolve("assets"), site.publicDir());
        assertEquals("/blog/my-post/", site.urlOf(post, PostUrlFields.none()));
        assertEquals(List.of(".postwright.yml: content folder notes does not exist"), site.warnings());
        assertTrue(site.schema().field("emoji").orElseThrow().required());
        assertEquals(12, site.schema().order("emoji"), "override keeps the zod position");
        assertEquals(13, site.schema().order("mood"));
        assertEquals(
                Optional.of("Ada Lovelace"),
                site.schema().field("author").orElseThrow().defaultValue());
        assertTrue(site.schemaNote().endsWith("; 2 field(s) from .postwright.yml"), site.schemaNote());
    }

    @Test
    void badConfigStillGivesASiteWithAWarning() throws IOException {
        write("astro.config.mjs", "");
        dir("src/data/blog");
        write(".postwright.yml", "preset: astropaper\ntagStyle: camel\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        assertEquals(Preset.ASTROPAPER, site.preset());
        assertEquals(SiteConfig.defaults(), site.config());
        assertEquals(
                List.of(".postwright.yml:2: 'camel' is not valid for tagStyle. Use one of: kebab, any."
                        + " Using the defaults until it is fixed."),
                site.warnings());
    }

    @Test
    void bareConfigFileMarksASiteRoot() throws IOException {
        write("site/.postwright.yml", "preset: jekyll\n");
        Path post = write("site/_posts/2020-01-02-a.md", "");
        Site site = SiteDetector.detect(post, Optional.empty());
        assertEquals(tmp.resolve("site"), site.root());
        assertEquals(Preset.JEKYLL, site.preset());
        assertFalse(site.lone());
    }
}
