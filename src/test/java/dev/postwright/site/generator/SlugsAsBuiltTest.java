package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.TestSites;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * URLs of slugs and categories a writer did not spell as a URL, as the real generators built them (Hugo 0.111.3,
 * Jekyll 4.3.1, run through tools/oracle while writing this test).
 */
class SlugsAsBuiltTest {

    @TempDir
    Path tmp;

    private static String url(Site site, Path post) {
        return PostSummaries.of(site, post, FrontmatterDocument.parse(TestSites.read(post), site.dialect()), List.of())
                .url();
    }

    @Test
    void hugoLowersASlugAndMakesItsSpacesDashes() {
        Path root = TestSites.hugo(tmp.resolve("h"));
        Path p = TestSites.write(
                root,
                "content/posts/slugtest.md",
                "---\ntitle: Slug test\nslug: \"My Post_Two\"\ndate: 2024-01-01\n---\n# Hi\n");
        assertEquals("/posts/my-post_two/", url(SiteDetector.detect(root, Optional.empty()), p));
    }

    @Test
    void hugoKeepsAPlainSlug() {
        Path root = TestSites.hugo(tmp.resolve("h"));
        Path p = TestSites.write(root, "content/posts/x.md", "---\ntitle: X\nslug: reading-timetables\n---\n");
        assertEquals("/posts/reading-timetables/", url(SiteDetector.detect(root, Optional.empty()), p));
    }

    @Test
    void jekyllSlugifiesTheTitlePrettyAndLowersCategories() {
        Path root = TestSites.jekyll(tmp.resolve("j"));
        Path p = TestSites.write(
                root,
                "_posts/2024-01-01-slugtest.md",
                "---\ntitle: Slug test\nslug: \"My Post_Two+x\"\ncategories: [Big Stuff]\n---\n# Hi\n");
        assertEquals("/big stuff/2024/01/01/My-Post_Two+x.html", url(SiteDetector.detect(root, Optional.empty()), p));
    }

    @Test
    void jekyllKeepsAPlainFileName() {
        Path root = TestSites.jekyll(tmp.resolve("j"));
        Path p = TestSites.write(
                root, "_posts/2024-03-09-centering-clay.md", "---\ntitle: C\ncategories: [pottery, basics]\n---\n");
        assertEquals(
                "/pottery/basics/2024/03/09/centering-clay.html", url(SiteDetector.detect(root, Optional.empty()), p));
    }
}
