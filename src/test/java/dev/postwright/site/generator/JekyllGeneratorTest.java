package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JekyllGenerator against real Jekyll sites written here: dated names, permalinks, pages, word lists. */
class JekyllGeneratorTest {

    @TempDir
    Path tmp;

    private Site site(String config) throws IOException {
        Files.writeString(tmp.resolve("_config.yml"), config);
        Files.createDirectories(tmp.resolve("_posts"));
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
    void siteRootIsPublicAndYamlIsOneOne() throws IOException {
        Site site = site("title: x\n");
        Generator g = site.generator();
        assertTrue(g instanceof JekyllGenerator);
        assertEquals(YamlDialect.YAML_1_1, site.dialect());
        assertEquals(tmp, site.publicDir());
        assertEquals(List.of(tmp.resolve("_posts")), site.contentDirs());
        assertTrue(g.isSiteRoot(tmp));
        assertFalse(g.isSiteRoot(Files.createDirectories(tmp.resolve("sub"))));
    }

    @Test
    void onlyDatedNamesArePosts() throws IOException {
        Site site = site("");
        assertTrue(site.isPost(file("_posts/2024-01-05-clay.md", "")));
        assertFalse(site.isPost(file("_posts/clay.md", "")));
        assertFalse(site.isPost(file("_posts/2024-01-05-clay.txt", "")));
    }

    @Test
    void defaultUrlFromCategoriesAndTheNameDate() throws IOException {
        Site site = site("");
        Path p = file("_posts/2024-01-05-clay-wheel.md", "---\ncategories: pottery studio\n---\n");
        PostSummary s = summary(site, p);
        assertEquals("clay-wheel", s.slug());
        assertEquals("/pottery/studio/2024/01/05/clay-wheel.html", s.url());
        assertEquals(
                "/2024/01/05/clay-wheel.html",
                summary(site, file("_posts/sub/2024-01-05-clay-wheel.md", "")).url(),
                "folders under _posts are not in the URL");
    }

    @Test
    void sitePermalinkAndPostPermalink() throws IOException {
        Site site = site("permalink: pretty\n");
        assertEquals("/{categories}/{yyyy}/{mm}/{dd}/{slug}/", site.urlPattern());
        Path p = file("_posts/2024-01-05-a.md", "---\ndate: 2024-02-07 10:00:00 +0100\n---\n");
        assertEquals("/2024/02/07/a/", summary(site, p).url(), "the date field refines the name's date");
        Path own = file("_posts/2024-01-05-b.md", "---\npermalink: /:year/:title/\nslug: bee\n---\n");
        assertEquals("/2024/bee/", summary(site, own).url());
        Site unknown = site("permalink: weekdate\n");
        assertEquals(new JekyllGenerator().urlPattern(), unknown.urlPattern(), "unknown styles keep the default");
    }

    @Test
    void wordListsAndDates() throws IOException {
        Site site = site("");
        Generator g = site.generator();
        assertTrue(g.splitsWordLists("tags"));
        assertTrue(g.splitsWordLists("categories"));
        assertFalse(g.splitsWordLists("keywords"));
        PostSummary s = summary(
                site,
                file(
                        "_posts/2024-01-05-w.md",
                        "---\ntags: clay  wheel\nlast_modified_at: 2024-01-06\ndate: 2024-01-05\n---\n"));
        assertEquals(List.of("clay", "wheel"), s.tags());
        assertTrue(s.pubDate().isPresent());
        assertTrue(s.modDate().isPresent());
        assertEquals("date", g.publishedDateField());
        assertEquals("last_modified_at", g.modifiedDateField());
        assertEquals(List.of("slug"), g.slugFields());
    }

    @Test
    void routesIncludeRootPages() throws IOException {
        Site site = site("");
        Generator g = site.generator();
        assertTrue(g.isGeneratedRoute(site, "/feed.xml"));
        assertFalse(g.isGeneratedRoute(site, "/about/"));
        file("about.md", "---\ntitle: About\n---\n");
        file("contact.md", "---\npermalink: /say-hello/\n---\n");
        assertTrue(g.isGeneratedRoute(site, "/about/"));
        assertTrue(g.isGeneratedRoute(site, "/about.html"));
        assertTrue(g.isGeneratedRoute(site, "/say-hello/"));
        assertFalse(g.isGeneratedRoute(site, "/contact.html"), "its permalink replaces the name");
        assertEquals(Optional.empty(), g.tagUrl("clay"));
    }

    @Test
    void outputCollectionsAreRoutesAtTheirPermalinkPattern() throws IOException {
        // the URLs Jekyll 4.3.1 gave these documents (tools/oracle, fixture jekyll-shapes)
        Site site = site("""
                collections:
                  recipes:
                    output: true
                    permalink: /:collection/:name/
                  kilns:
                    output: true
                    permalink: /:collection/:year/:title:output_ext
                  notes:
                    output: true
                  drafts:
                    output: false
                """);
        Generator g = site.generator();
        file("_recipes/bread/rye-loaf.md", "---\ntitle: Rye\n---\n");
        file("_kilns/Old_Kiln.md", "---\ntitle: Old\ndate: 2019-04-01 12:00:00 +0000\n---\n");
        file("_kilns/gas-kiln.md", "---\ntitle: Gas\ndate: 2023-09-10\nslug: Gas Kiln Notes\n---\n");
        file("_kilns/undated.md", "---\ntitle: When?\n---\n");
        file("_notes/a/b.md", "---\ntitle: B\n---\n");
        file("_drafts/x.md", "---\ntitle: X\n---\n");
        assertTrue(g.isGeneratedRoute(site, "/recipes/rye-loaf/"));
        assertFalse(g.isGeneratedRoute(site, "/recipes/bread/rye-loaf/"), "the pattern has :name, not :path");
        assertTrue(g.isGeneratedRoute(site, "/kilns/2019/Old_Kiln.html"));
        assertTrue(g.isGeneratedRoute(site, "/kilns/2023/Gas-Kiln-Notes.html"));
        assertFalse(g.isGeneratedRoute(site, "/kilns/2023/gas-kiln.html"), "its slug replaces the name");
        assertTrue(g.isGeneratedRoute(site, "/notes/a/b.html"), "Jekyll's default /:collection/:path:output_ext");
        assertFalse(g.isGeneratedRoute(site, "/drafts/x.html"), "output: false publishes nothing");
    }

    @Test
    void collectionPlaceholdersAsJekyllFillsThem() {
        String fm = "title: T\ndate: 2021-3-7\ncategories: [Glaze, kiln]\n";
        assertEquals(
                Optional.of("/c/glaze/kiln/2021/03/07/21/3/7/My_Doc.html"),
                JekyllCollectionUrls.url(
                        "c",
                        "/:collection/:categories/:year/:month/:day/:short_year/:i_month/:i_day/:title:output_ext",
                        "x/My_Doc",
                        fm));
        assertEquals(Optional.of("/c/x/My_Doc"), JekyllCollectionUrls.url("c", "/:collection/:path", "x/My_Doc", fm));
        assertEquals(Optional.of("/c/my-doc/"), JekyllCollectionUrls.url("c", "/:collection/:slug/", "x/My_Doc", ""));
        assertEquals(
                Optional.of("/c/2020/first/"),
                JekyllCollectionUrls.url("c", "/:collection/:year/:title/", "2020-01-01-first", ""),
                "a dated file name gives the date and the title");
        assertEquals(Optional.empty(), JekyllCollectionUrls.url("c", "/:collection/:year/:name/", "undated", ""));
        assertEquals(Optional.empty(), JekyllCollectionUrls.url("c", "/:collection/:unknown/", "x", ""));
    }

    @Test
    void frontMatterRulesAndNewPosts() throws IOException {
        Site site = site("");
        Generator g = site.generator();
        assertFalse(g.zodSemantics());
        assertFalse(g.readsTomlAndJson());
        assertTrue(g.customHeadingIds());
        ZonedDateTime now = ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneId.of("UTC"));
        Path dir = site.contentDirs().get(0);
        assertEquals(dir.resolve("2024-05-06-kiln.md"), g.newPostFile(dir, "kiln", now));
        Map<String, String> fields = g.newPostFields(site, new NewPostFields("Kiln", true, List.of(), now));
        assertEquals("post", fields.get("layout"));
        assertEquals("2024-05-06 07:08:09 +0000", fields.get("date"));
        assertEquals("false", fields.get("published"));
        assertFalse(g.newPostFields(site, new NewPostFields("Kiln", false, List.of(), now))
                .containsKey("published"));
    }
}
