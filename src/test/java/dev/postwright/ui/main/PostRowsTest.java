package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.ui.sitetree.PostRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's group of each post: Astro collections, Hugo's top-level sections, Jekyll's one {@code _posts}. */
class PostRowsTest {

    @TempDir
    Path tmp;

    /** "collection order" of each post's row, by root-relative path. */
    private static Map<String, String> groups(Site site) {
        Map<String, String> out = new TreeMap<>();
        for (Path p : site.listPosts()) {
            FrontmatterDocument fm = FrontmatterDocument.parse(TestSites.read(p), site.dialect());
            PostRow row = PostRows.of(site, PostSummaries.of(site, p, fm, List.of()), List.of(), TestClocks.JUNE_2026);
            out.put(site.relativize(p), row.collection() + " " + row.collectionOrder());
        }
        return out;
    }

    @Test
    void astroCollectionsGoInTheConfigsOrderUnderTheirOwnNames() {
        TestSites.write(tmp, "astro.config.mjs", "export default {};\n");
        TestSites.write(tmp, "src/content.config.ts", """
                import { glob } from "astro/loaders";
                const writing = defineCollection({ loader: glob({ pattern: "*.md", base: "./src/data/blog" }) });
                const notes = defineCollection({ loader: glob({ pattern: "*.md", base: "./src/data/notes" }) });
                export const collections = { writing, notes };
                """);
        TestSites.write(tmp, "src/data/notes/a.md", "---\ntitle: A\n---\n");
        TestSites.write(tmp, "src/data/blog/b.md", "---\ntitle: B\n---\n");
        assertEquals(
                Map.of("src/data/blog/b.md", "writing 0", "src/data/notes/a.md", "notes 1"),
                groups(SiteDetector.detect(tmp, Optional.empty())));
    }

    @Test
    void hugoSectionsAreGroupsAndTopLevelPagesGoLast() {
        TestSites.hugo(tmp);
        TestSites.write(tmp, "content/posts/trains.md", "---\ntitle: Trains\n---\n");
        TestSites.write(tmp, "content/recipes/rye.md", "---\ntitle: Rye\n---\n");
        TestSites.write(tmp, "content/about.md", "---\ntitle: About\n---\n");
        assertEquals(
                Map.of(
                        "content/posts/trains.md", "posts 0",
                        "content/recipes/rye.md", "recipes 0",
                        "content/about.md", " " + Integer.MAX_VALUE),
                groups(SiteDetector.detect(tmp, Optional.empty())));
    }

    @Test
    void jekyllPostsAreOneGroup() {
        TestSites.jekyll(tmp);
        TestSites.write(tmp, "_posts/2026-01-01-hello.md", "---\ntitle: Hello\n---\n");
        assertEquals(
                Map.of("_posts/2026-01-01-hello.md", "posts 0"), groups(SiteDetector.detect(tmp, Optional.empty())));
    }
}
