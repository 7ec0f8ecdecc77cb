package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.Site;
import dev.postwright.site.SiteCollection;
import dev.postwright.site.SiteDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which collection has post pages, and at which URLs, follows the routes of the site's {@code src/pages}. */
class AstroRoutesTest {

    @TempDir
    Path tmp;

    private static final String TWO_COLLECTIONS = """
            import { defineCollection, z } from "astro:content";
            import { glob } from "astro/loaders";
            const posts = defineCollection({
              loader: glob({ pattern: "**/*.md", base: "./src/content/posts" }),
              schema: z.object({ title: z.string() }),
            });
            const notes = defineCollection({
              loader: glob({ pattern: "**/*.md", base: "./src/content/notes" }),
              schema: z.object({ title: z.string() }),
            });
            export const collections = { posts, notes };
            """;

    private static String postRoute(String collection) {
        return """
                ---
                import { getCollection, render } from "astro:content";
                export async function getStaticPaths() {
                  // one page per entry
                  const entries = await getCollection("%s");
                  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
                }
                const { entry } = Astro.props;
                const { Content } = await render(entry);
                ---
                <Content />
                """.formatted(collection);
    }

    private void write(String rel, String text) {
        TestSites.write(tmp, rel, text);
    }

    /** A site with the two collections and two posts in each, one in a sub-folder. */
    private void twoCollectionSite() {
        write("astro.config.mjs", "export default {};\n");
        write("src/content.config.ts", TWO_COLLECTIONS);
        write("src/content/posts/first-light.md", "---\ntitle: First light\n---\nMorning.\n");
        write("src/content/posts/2025/late-frost.md", "---\ntitle: Late frost\n---\nCold.\n");
        write("src/content/notes/kiln-temperatures.md", "---\ntitle: Kiln temperatures\n---\nHot.\n");
        write("src/content/notes/glazes/ash-glaze.md", "---\ntitle: Ash glaze\n---\nGrey.\n");
    }

    /** Every post's URL by its root-relative path. */
    private Map<String, String> urls(Site site) {
        Map<String, String> urls = new TreeMap<>();
        for (Path p : site.listPosts()) {
            FrontmatterDocument fm = FrontmatterDocument.parse(TestSites.read(p), site.dialect());
            urls.put(
                    site.relativize(p), PostSummaries.of(site, p, fm, List.of()).url());
        }
        return urls;
    }

    private Site detect() {
        return SiteDetector.detect(tmp, Optional.empty());
    }

    @Test
    void eachCollectionTakesItsPrefixAndShapeFromItsRoute() {
        twoCollectionSite();
        write("src/pages/posts/[...slug].astro", postRoute("posts"));
        write("src/pages/notes/[slug].astro", postRoute("notes"));
        Site site = detect();
        assertEquals(
                Map.of(
                        "src/content/posts/first-light.md", "/posts/first-light/",
                        "src/content/posts/2025/late-frost.md", "/posts/2025/late-frost/",
                        "src/content/notes/kiln-temperatures.md", "/notes/kiln-temperatures/",
                        // [slug] takes one segment: the folder is not in the URL
                        "src/content/notes/glazes/ash-glaze.md", "/notes/ash-glaze/"),
                urls(site));
        assertEquals("/posts/{subdir}/{slug}/", site.urlPattern());
        assertEquals(
                List.of("posts", "posts", "notes", "notes"),
                List.of(
                        collectionOf(site, "src/content/posts/first-light.md"),
                        collectionOf(site, "src/content/posts/2025/late-frost.md"),
                        collectionOf(site, "src/content/notes/kiln-temperatures.md"),
                        collectionOf(site, "src/content/notes/glazes/ash-glaze.md")));
    }

    private String collectionOf(Site site, String rel) {
        return site.generator().collectionOf(site, tmp.resolve(rel));
    }

    @Test
    void aFolderIndexRouteAndAPrefixOtherThanTheCollectionName() {
        twoCollectionSite();
        // AstroPaper v5's shape: a folder route with index.astro, its pagination beside it
        write("src/pages/articles/[...slug]/index.astro", postRoute("posts").replace("entry.id", "getPath(entry.id)"));
        write(
                "src/pages/articles/[...page].astro",
                "---\nexport async function getStaticPaths({ paginate }) {\n"
                        + "  return paginate(await getCollection(\"posts\"), { pageSize: 4 });\n}\n---\n");
        write("src/pages/tags/[tag].astro", postRoute("posts"));
        write("src/pages/index.astro", "---\nconst all = await getCollection(\"notes\");\n---\n");
        write("src/pages/journal/[...id].astro", postRoute("notes"));
        Map<String, String> urls = urls(detect());
        assertEquals("/articles/first-light/", urls.get("src/content/posts/first-light.md"));
        assertEquals("/articles/2025/late-frost/", urls.get("src/content/posts/2025/late-frost.md"));
        assertEquals("/journal/kiln-temperatures/", urls.get("src/content/notes/kiln-temperatures.md"));
        assertEquals("/journal/glazes/ash-glaze/", urls.get("src/content/notes/glazes/ash-glaze.md"));
    }

    @Test
    void aCollectionNoRouteLoadsHasNoUrls() {
        twoCollectionSite();
        write("src/pages/posts/[...slug].astro", postRoute("posts"));
        // the home page lists notes but builds no page per note
        write("src/pages/index.astro", "---\nconst notes = await getCollection(\"notes\");\n---\n");
        Site site = detect();
        Map<String, String> urls = urls(site);
        assertEquals("/posts/first-light/", urls.get("src/content/posts/first-light.md"));
        assertEquals("", urls.get("src/content/notes/kiln-temperatures.md"));
        assertEquals("", urls.get("src/content/notes/glazes/ash-glaze.md"));
        assertFalse(site.isPublished(tmp.resolve("src/content/notes/kiln-temperatures.md")));
        assertTrue(site.isPublished(tmp.resolve("src/content/posts/first-light.md")));
        SiteCollection notes = site.collectionOf(tmp.resolve("src/content/notes/kiln-temperatures.md"))
                .orElseThrow();
        assertTrue(notes.unpublishedReason().contains("`notes` has no page route in src/pages"));
    }

    @Test
    void withoutRoutesThatNameACollectionEveryCollectionKeepsTheDefaultUrls() throws IOException {
        twoCollectionSite();
        Map<String, String> before = urls(detect());
        assertEquals("/posts/2025/late-frost/", before.get("src/content/posts/2025/late-frost.md"));
        assertEquals("/posts/glazes/ash-glaze/", before.get("src/content/notes/glazes/ash-glaze.md"));
        // routes that load entries through a helper name no collection: the same guess as without src/pages
        write("src/pages/posts/[...slug].astro", "---\nimport { allPosts } from \"../../lib/posts\";\n---\n");
        assertEquals(before, urls(detect()));
        // an unreadable src/pages is no src/pages
        Files.delete(tmp.resolve("src/pages/posts/[...slug].astro"));
        Files.delete(tmp.resolve("src/pages/posts"));
        Files.delete(tmp.resolve("src/pages"));
        Files.writeString(tmp.resolve("src/pages"), "not a folder");
        assertEquals(before, urls(detect()));
    }

    @Test
    void theWritersUrlPatternWinsOverTheRoutes() {
        twoCollectionSite();
        write("src/pages/posts/[...slug].astro", postRoute("posts"));
        write(".postwright.yml", "url: /writing/{slug}/\n");
        Map<String, String> urls = urls(detect());
        assertEquals("/writing/late-frost/", urls.get("src/content/posts/2025/late-frost.md"));
        assertEquals("/writing/kiln-temperatures/", urls.get("src/content/notes/kiln-temperatures.md"));
    }

    @Test
    void routeFilesAsAstroReadsThem() {
        assertEquals(
                List.of(new AstroRoutes.PostRoute(
                        "notes", "notes/[...slug].astro", Optional.of("/notes/{subdir}/{slug}/"))),
                AstroRoutes.parse("notes/[...slug].astro", postRoute("notes")));
        assertEquals(
                Optional.of("/posts/{slug}/"),
                AstroRoutes.parse("posts/[slug]/index.astro", postRoute("blog"))
                        .get(0)
                        .urlPattern());
        assertEquals(
                Optional.of("/{subdir}/{slug}/"),
                AstroRoutes.parse("[...path].astro", postRoute("pages")).get(0).urlPattern());
        // published, but two parameters say more than the file name: the site's pattern applies
        assertEquals(
                Optional.empty(),
                AstroRoutes.parse("blog/[year]/[slug].astro", postRoute("blog"))
                        .get(0)
                        .urlPattern());
        // listings, static pages, commented-out loads and "_" files publish no entries
        assertEquals(
                List.of(), AstroRoutes.parse("[...page].astro", "---\npaginate(await getCollection('blog'))\n---"));
        assertEquals(List.of(), AstroRoutes.parse("tags/[tag]/index.astro", postRoute("blog")));
        assertEquals(List.of(), AstroRoutes.parse("archive.astro", postRoute("blog")));
        assertEquals(List.of(), AstroRoutes.parse("_old/[slug].astro", postRoute("blog")));
        assertEquals(List.of(), AstroRoutes.parse("x/[slug].astro", "---\n// getCollection(\"blog\")\n---\n"));
    }
}
