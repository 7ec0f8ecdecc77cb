package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.site.SiteIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HugoGenerator against real Hugo sites written here: sections, bundles, permalinks, front matter. */
class HugoGeneratorTest {

    @TempDir
    Path tmp;

    private Site site(String config) throws IOException {
        Files.writeString(tmp.resolve("hugo.toml"), config);
        Files.createDirectories(tmp.resolve("content"));
        return SiteDetector.detect(tmp, Optional.empty());
    }

    private Path file(String rel, String text) throws IOException {
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
    void siteRootContentAndPublicFolders() throws IOException {
        Site site = site("title = 'x'\n");
        Generator g = site.generator();
        assertTrue(g instanceof HugoGenerator);
        assertEquals(List.of(tmp.resolve("content")), site.contentDirs());
        assertEquals(tmp.resolve("static"), site.publicDir());
        assertTrue(g.isSiteRoot(tmp));
        Path older = Files.createDirectories(tmp.resolve("older"));
        Files.writeString(older.resolve("config.toml"), "");
        assertFalse(g.isSiteRoot(older), "config.toml alone is too common a name");
        Files.createDirectories(older.resolve("content"));
        assertTrue(g.isSiteRoot(older));
    }

    @Test
    void sectionIndexesAreNotPosts() throws IOException {
        Site site = site("");
        assertTrue(site.isPost(file("content/posts/a.md", "")));
        assertTrue(site.isPost(file("content/posts/b.markdown", "")));
        assertFalse(site.isPost(file("content/posts/_index.md", "")));
    }

    @Test
    void urlsFromSectionsBundlesSlugAndUrlField() throws IOException {
        Site site = site("");
        assertEquals(
                "/posts/first/",
                summary(site, file("content/posts/first.md", "---\ntitle: F\n---\n"))
                        .url());
        assertEquals(
                "/posts/my-bundle/",
                summary(site, file("content/posts/my-bundle/index.md", "")).url());
        assertEquals(
                "/posts/custom/",
                summary(site, file("content/posts/s.md", "---\nslug: custom\n---\n"))
                        .url());
        assertEquals(
                "/elsewhere/x/",
                summary(site, file("content/posts/u.md", "---\nurl: elsewhere/x/\n---\n"))
                        .url());
        assertEquals(
                "/posts/p/",
                summary(site, file("content/posts/p.md", "---\npostSlug: ignored\n---\n"))
                        .url(),
                "postSlug is AstroPaper's, not Hugo's");
    }

    @Test
    void permalinksTablePerSection() throws IOException {
        Site site = site("[permalinks]\n  posts = '/:year/:month/:slug/'\n");
        assertEquals(Map.of("posts", "/{yyyy}/{mm}/{slugortitle}/"), site.sectionUrlPatterns());
        Path p = file("content/posts/trip.md", "---\ntitle: The Trip\ndate: 2024-02-03\n---\n");
        assertEquals("/2024/02/the-trip/", summary(site, p).url());
        assertEquals("/notes/n/", summary(site, file("content/notes/n.md", "")).url());
    }

    @Test
    void bundleResourcesResolveUnderThePageUrl() throws IOException {
        Site site = site("");
        Path page = file("content/posts/night-train/index.md", "---\ntitle: Night\n---\n");
        Path img = file("content/posts/night-train/img/platform.png", "png");
        file("content/posts/flat.md", "");
        SiteIndex index = new SiteIndex(site);
        index.put(summary(site, page));
        index.put(summary(site, tmp.resolve("content/posts/flat.md")));
        Generator g = site.generator();
        assertEquals(Optional.of(img), g.resolveResource(site, index, "/posts/night-train/img/platform.png"));
        assertEquals(Optional.empty(), g.resolveResource(site, index, "/posts/night-train/img/missing.png"));
        assertEquals(Optional.empty(), g.resolveResource(site, index, "posts/night-train/img/platform.png"));
        assertEquals(Optional.empty(), g.resolveResource(site, index, "/posts/night-train/../../../hugo.toml"));
    }

    @Test
    void routesTaxonomiesAndSections() throws IOException {
        Site site = site("");
        Files.createDirectories(tmp.resolve("content/posts"));
        Generator g = site.generator();
        assertTrue(g.isGeneratedRoute(site, "/tags/clay/"));
        assertTrue(g.isGeneratedRoute(site, "/index.xml"));
        assertTrue(g.isGeneratedRoute(site, "/posts/page/2/"));
        assertFalse(g.isGeneratedRoute(site, "/recipes/"), "no content/recipes section");
        assertFalse(g.isGeneratedRoute(site, "/archives/"));
        assertEquals(Optional.of("/tags/slow-travel/"), g.tagUrl("Slow Travel"));
    }

    @Test
    void fieldsAndFrontMatterRules() throws IOException {
        Site site = site("");
        Generator g = site.generator();
        assertEquals(List.of("slug"), g.slugFields());
        assertEquals("date", g.publishedDateField());
        assertEquals("lastmod", g.modifiedDateField());
        assertTrue(g.readsTomlAndJson());
        assertFalse(g.zodSemantics());
        assertTrue(g.customHeadingIds());
        assertFalse(g.redirectsInConfig());
        assertTrue(g.builtInFields().isEmpty());
        PostSummary s = summary(
                site,
                file("content/posts/d.md", "---\ndate: 2024-01-02\nlastmod: 2024-01-03\ntags: clay wheel\n---\n"));
        assertTrue(s.pubDate().isPresent());
        assertTrue(s.modDate().isPresent());
        assertEquals(List.of(), s.tags(), "Hugo does not split a string into tags");
    }

    @Test
    void newPostsGoToPosts() throws IOException {
        Site site = site("");
        Generator g = site.generator();
        ZonedDateTime now = ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneId.of("Europe/Paris"));
        Path dir = site.contentDirs().get(0);
        assertEquals(dir.resolve("posts/x.md"), g.newPostFile(dir, "x", now));
        Map<String, String> fields = g.newPostFields(site, new NewPostFields("X: y", false, List.of("a b"), now));
        assertEquals("2024-05-06T07:08:09+02:00", fields.get("date"));
        assertEquals("false", fields.get("draft"));
        assertEquals("[a b]", fields.get("tags"));
        assertEquals("\"X: y\"", fields.get("title"));
        assertEquals(Optional.empty(), g.siteTimezone(tmp));
    }
}
