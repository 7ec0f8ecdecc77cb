package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.PostUrlFields;
import dev.postwright.site.Preset;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AstroGenerator against real AstroPaper v5 and v2–v4 layouts written here. */
class AstroGeneratorTest {

    @TempDir
    Path tmp;

    private Site site(String contentDir) throws IOException {
        Files.writeString(tmp.resolve("astro.config.mjs"), "export default {};\n");
        Files.createDirectories(tmp.resolve(contentDir));
        return SiteDetector.detect(tmp, Optional.empty());
    }

    private Path post(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static PostSummary summary(Site site, Path file) throws IOException {
        return PostSummaries.of(
                site, file, FrontmatterDocument.parse(Files.readString(file), site.dialect()), List.of());
    }

    @Test
    void theSiteAsksItsGenerator() throws IOException {
        Site site = site("src/data/blog");
        assertTrue(site.generator() instanceof AstroGenerator);
        assertEquals(Preset.ASTROPAPER.generator(), site.generator());
        assertEquals("AstroPaper", site.generator().displayName());
        assertEquals(YamlDialect.YAML_1_2, site.dialect());
        assertTrue(site.generator().isSiteRoot(tmp));
        assertFalse(site.generator().isSiteRoot(tmp.resolve("src")));
    }

    @Test
    void v5LayoutKeepsFoldersInTheUrl() throws IOException {
        Site site = site("src/data/blog");
        AstroGenerator astro = (AstroGenerator) site.generator();
        assertEquals(AstroGenerator.Layout.V5, astro.layout(tmp, site.contentDirs()));
        assertEquals(List.of(tmp.resolve("src/data/blog")), site.contentDirs());
        assertEquals(tmp.resolve("public"), site.publicDir());
        Path file = post("src/data/blog/2024/Trips/Bay Area.md", "---\ntitle: Bay\n---\n");
        assertEquals("/posts/2024/trips/bay-area/", summary(site, file).url());
        Path hidden = post("src/data/blog/_drafts/wip/a.md", "---\ntitle: A\n---\n");
        assertEquals("/posts/wip/a/", summary(site, hidden).url(), "'_' folders stay out of the URL");
    }

    @Test
    void legacyLayoutDropsFoldersAndReadsPostSlug() throws IOException {
        Site site = site("src/content/blog");
        AstroGenerator astro = (AstroGenerator) site.generator();
        assertEquals(AstroGenerator.Layout.LEGACY, astro.layout(tmp, site.contentDirs()));
        assertEquals("/posts/{slug}/", site.urlPattern());
        Path file = post("src/content/blog/2023/old.md", "---\ntitle: Old\npostSlug: older-one\n---\n");
        PostSummary s = summary(site, file);
        assertEquals("older-one", s.slug());
        assertEquals("/posts/older-one/", s.url());
    }

    @Test
    void slugBeatsPostSlugAndBlankSlugFallsThrough() throws IOException {
        Site site = site("src/data/blog");
        Path both = post("src/data/blog/a.md", "---\nslug: new\npostSlug: old\n---\n");
        assertEquals("/posts/new/", summary(site, both).url());
        Path blank = post("src/data/blog/b.md", "---\nslug: ' '\npostSlug: old-b\n---\n");
        assertEquals("/posts/old-b/", summary(site, blank).url());
        assertEquals("/posts/b/", site.urlOf(blank, PostUrlFields.none()));
    }

    @Test
    void slugFieldIsTheOnePresentElseTheOneTheSchemaDeclares() {
        Generator astro = new AstroGenerator();
        Schema full = astro.defaultSchema(Optional.empty());
        assertEquals(List.of("slug", "postSlug"), astro.slugFields());
        assertEquals(
                "postSlug",
                astro.slugField(full, FrontmatterDocument.parse("---\npostSlug: x\n---\n", YamlDialect.YAML_1_2)));
        assertEquals(
                "slug", astro.slugField(full, FrontmatterDocument.parse("---\ntitle: x\n---\n", YamlDialect.YAML_1_2)));
        Schema legacy = new Schema(
                full.fields().stream().filter(f -> !f.name().equals("slug")).toList(), false, "legacy");
        assertEquals("postSlug", astro.slugField(legacy, null));
    }

    @Test
    void postsAreMarkdownFilesNotStartingWithUnderscore() throws IOException {
        Site site = site("src/data/blog");
        assertTrue(site.isPost(post("src/data/blog/a.mdx", "")));
        assertFalse(site.isPost(post("src/data/blog/_draft.md", "")));
        assertFalse(site.isPost(post("src/data/blog/notes.txt", "")));
        assertFalse(site.isPost(post("src/pages/about.md", "")));
    }

    @Test
    void dateFieldsTagsAndRoutes() throws IOException {
        Site site = site("src/data/blog");
        Generator g = site.generator();
        assertEquals("pubDatetime", g.publishedDateField());
        assertEquals("modDatetime", g.modifiedDateField());
        Path file = post(
                "src/data/blog/d.md",
                "---\npubDatetime: 2024-03-01T10:00:00Z\nmodDatetime: 2024-03-02T10:00:00Z\ntags: [a, b]\n---\n");
        PostSummary s = summary(site, file);
        assertTrue(s.pubDate().isPresent());
        assertTrue(s.modDate().isPresent());
        assertEquals(List.of("a", "b"), s.tags());
        assertEquals(Optional.of("/tags/data-science/"), g.tagUrl("Data Science"));
        assertTrue(g.isGeneratedRoute(site, "/archives/"));
        assertTrue(g.isGeneratedRoute(site, "/posts/2/"));
        assertFalse(g.isGeneratedRoute(site, "/index.xml"), "Hugo's feed is not AstroPaper's");
        assertEquals(Optional.empty(), g.resolveResource(site, null, "/posts/a/pic.png"));
    }

    @Test
    void frontMatterRules() {
        Generator g = new AstroGenerator();
        assertTrue(g.zodSemantics());
        assertFalse(g.readsTomlAndJson());
        assertFalse(g.splitsWordLists("tags"));
        assertFalse(g.customHeadingIds());
        assertTrue(g.redirectsInConfig());
        assertEquals(Set.of("slug"), g.builtInFields());
    }

    @Test
    void newPostsGoFlatAndTakeTheSiteTimezone() throws IOException {
        Site site = site("src/data/blog");
        Generator g = site.generator();
        assertEquals(Optional.empty(), g.siteTimezone(tmp));
        post("src/config.ts", "export const SITE = {\n  author: \"Ada\",\n  timezone: \"Asia/Tokyo\",\n};\n");
        assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), g.siteTimezone(tmp));
        post("src/config.ts", "export const SITE = {\n  timezone: \"Mars/Olympus\",\n};\n");
        assertEquals(Optional.empty(), g.siteTimezone(tmp), "an unknown zone is left to the caller's default");

        ZonedDateTime now = ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneId.of("UTC"));
        Path dir = site.contentDirs().get(0);
        assertEquals(dir.resolve("night-train.md"), g.newPostFile(dir, "night-train", now));
        Map<String, String> fields = g.newPostFields(site, new NewPostFields("Night train", true, List.of(), now));
        assertEquals("2024-05-06T07:08:09+00:00", fields.get("pubDatetime"));
        assertEquals("Night train", fields.get("title"));
        assertEquals("true", fields.get("draft"));
        assertEquals("[others]", fields.get("tags"), "the schema's default tags");
    }
}
