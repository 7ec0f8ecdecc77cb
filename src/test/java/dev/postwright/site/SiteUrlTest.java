package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteUrlTest {

    @TempDir
    Path tmp;

    private Site site(String marker, String... dirs) throws IOException {
        Files.writeString(tmp.resolve(marker), "");
        for (String d : dirs) {
            Files.createDirectories(tmp.resolve(d));
        }
        return SiteDetector.detect(tmp, Optional.empty());
    }

    private static PostUrlFields fields(
            String slug, String postSlug, String categories, String permalink, String date) {
        return new PostUrlFields(
                slug,
                postSlug,
                categories == null ? List.of() : Arrays.asList(categories.split(" ")),
                permalink,
                date == null ? null : LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0} slug={1} postSlug={2} -> {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "src/data/blog/hello.md               | -          | -       | /posts/hello/",
                "src/data/blog/hello.md               | my-slug    | -       | /posts/my-slug/",
                "src/data/blog/hello.md               | -          | old-one | /posts/old-one/",
                "src/data/blog/hello.md               | ' '        | old-one | /posts/old-one/",
                "src/data/blog/hello.md               | new        | old-one | /posts/new/",
                "src/data/blog/2024/Trips/Bay Area.md | -          | -       | /posts/2024/trips/bay-area/",
                "src/data/blog/2024/Trips/Bay Area.md | bay        | -       | /posts/2024/trips/bay/",
                "src/data/blog/_drafts/wip/a.mdx      | -          | -       | /posts/wip/a/",
            })
    void astroPaperV5Urls(String file, String slug, String postSlug, String url) throws IOException {
        Site site = site("astro.config.mjs", "src/data/blog");
        assertEquals(url, site.urlOf(tmp.resolve(file), fields(slug, postSlug, null, null, null)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "content/posts/first.md             | -      | /posts/first/",
                "content/posts/first.md             | custom | /posts/custom/",
                "content/posts/my-bundle/index.md   | -      | /posts/my-bundle/",
                "content/posts/2024/deep.md         | -      | /posts/2024/deep/",
                "content/about.md                   | -      | /about/",
            })
    void hugoUrls(String file, String slug, String url) throws IOException {
        Site site = site("hugo.toml", "content");
        assertEquals(url, site.urlOf(tmp.resolve(file), fields(slug, null, null, null, null)));
    }

    @Test
    void hugoSectionPlaceholderFromConfig() throws IOException {
        Files.writeString(tmp.resolve(".postwright.yml"), "url: /{section}/{yyyy}/{slug}/\n");
        Site site = site("hugo.toml", "content");
        assertEquals(
                "/posts/2024/deep/",
                site.urlOf(
                        tmp.resolve("content/posts/2024/x/deep.md"), fields("deep", null, null, null, "2024-05-06")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "_posts/2024-03-05-hello.md | -        | -          | -                  | -          | /2024/03/05/hello.html",
                "_posts/2024-03-05-hello.md | -        | dev java   | -                  | -          | /dev/java/2024/03/05/hello.html",
                "_posts/2024-03-05-hello.md | -        | -          | -                  | 2024-04-01 | /2024/04/01/hello.html",
                "_posts/2024-03-05-hello.md | hi-there | -          | -                  | -          | /2024/03/05/hi-there.html",
                "_posts/2024-03-05-hello.md | -        | -          | /about/            | -          | /about/",
                "_posts/2024-03-05-hello.md | -        | dev        | /:categories/:title/ | -        | /dev/hello/",
            })
    void jekyllUrls(String file, String slug, String categories, String permalink, String date, String url)
            throws IOException {
        Site site = site("_config.yml", "_posts");
        assertEquals(url, site.urlOf(tmp.resolve(file), fields(slug, null, categories, permalink, date)));
    }

    @Test
    void slugOfFollowsTheSameRules() throws IOException {
        Site site = site("astro.config.mjs", "src/data/blog");
        Path file = tmp.resolve("src/data/blog/2024/Bay Area.md");
        assertEquals("bay-area", site.slugOf(file, PostUrlFields.none()));
        assertEquals("x", site.slugOf(file, PostUrlFields.ofSlug("x")));
    }

    @Test
    void listsAstroPostsSortedSkippingUnderscoreHiddenAndOtherFiles() throws IOException {
        Site site = site("astro.config.mjs", "src/data/blog");
        for (String f : List.of(
                "b.md",
                "a.mdx",
                "_draft.md",
                "notes.txt",
                "2024/c.md",
                ".obsidian/x.md",
                "_series/d.md",
                "img/cover.png")) {
            Path p = tmp.resolve("src/data/blog").resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "");
        }
        assertEquals(
                List.of(
                        "src/data/blog/2024/c.md",
                        "src/data/blog/_series/d.md",
                        "src/data/blog/a.mdx",
                        "src/data/blog/b.md"),
                site.listPosts().stream().map(site::relativize).toList());
    }

    @Test
    void listsHugoAndJekyllPostsOnly() throws IOException {
        Site hugo = site("hugo.toml", "content/posts/bundle");
        Files.writeString(tmp.resolve("content/posts/_index.md"), "");
        Files.writeString(tmp.resolve("content/posts/bundle/index.md"), "");
        assertEquals(
                List.of("content/posts/bundle/index.md"),
                hugo.listPosts().stream().map(hugo::relativize).toList());

        Files.delete(tmp.resolve("hugo.toml")); // else the folder is still a Hugo site
        Site jekyll = site("_config.yml", "_posts");
        Files.writeString(tmp.resolve("_posts/2024-01-01-new-year.md"), "");
        Files.writeString(tmp.resolve("_posts/README.md"), "");
        assertEquals(
                List.of("_posts/2024-01-01-new-year.md"),
                jekyll.listPosts().stream().map(jekyll::relativize).toList());
    }

    @Test
    void filesOutsideContentAreNotPosts() throws IOException {
        Site site = site("astro.config.mjs", "src/data/blog");
        assertEquals(false, site.isPost(tmp.resolve("README.md")));
        assertEquals(true, site.isPost(tmp.resolve("src/data/blog/x.md")));
        assertEquals(tmp.resolve("public/img/a.png"), site.resolvePublic("/img/a.png"));
    }
}
