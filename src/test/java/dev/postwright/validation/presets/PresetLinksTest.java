package dev.postwright.validation.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Custom heading ids, generated routes, bundle resources and standard fields on Hugo and Jekyll sites. */
class PresetLinksTest {

    @TempDir
    Path tmp;

    private static final String HUGO_HEAD = "---\ntitle: T\ndate: 2025-01-01\n---\n\n";
    private static final String JEKYLL_HEAD = "---\nlayout: post\ntitle: T\n---\n\n";

    private Path hugoPost(PresetSite s, String name, String body) {
        return s.write("content/posts/" + name, HUGO_HEAD + body);
    }

    // ---- custom heading ids ----

    @Test
    void hugoCustomHeadingIdIsALinkTarget() {
        PresetSite s = PresetSite.hugo(tmp);
        hugoPost(s, "target.md", "## Sleeping, more or less {#sleep}\n\nText.\n");
        Path p = hugoPost(s, "from.md", "[a](/posts/target/#sleep) [b](/posts/target/#sleeping-more-or-less)\n");
        // Hugo gives the heading only the custom id: the GitHub slug of the text is not an anchor.
        assertEquals(List.of("link.anchor 6:27"), s.check(p));
    }

    @Test
    void jekyllCustomHeadingIdIsAnOwnAnchor() {
        PresetSite s = PresetSite.jekyll(tmp);
        Path p = s.write("_posts/2024-01-01-a.md", JEKYLL_HEAD + "## Glazes {#glz}\n\nSee [glazes](#glz).\n");
        assertEquals(List.of(), s.check(p));
    }

    // ---- generated routes ----

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/posts/",
                "/posts/page/2/",
                "/posts/index.xml",
                "/tags/",
                "/tags/trains/",
                "/categories/europe/",
                "/index.xml",
                "/sitemap.xml",
                "/tags/trains/index.xml"
            })
    void hugoGeneratedPagesAreNotBroken(String url) {
        PresetSite s = PresetSite.hugo(tmp);
        Path p = hugoPost(s, "a.md", "[x](" + url + ")\n");
        assertEquals(List.of(), s.check(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nosection/", "/feed.xml", "/tagz/trains/", "/posts/missing/"})
    void hugoOtherRootLinksAreStillBroken(String url) {
        PresetSite s = PresetSite.hugo(tmp);
        Path p = hugoPost(s, "a.md", "[x](" + url + ")\n");
        assertEquals(List.of("link.broken 6:1"), s.check(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.xml", "/assets/main.css", "/sitemap.xml", "/about/", "/about", "/archive.html", "/"})
    void jekyllGeneratedFilesAndRootPagesAreNotBroken(String url) {
        PresetSite s = PresetSite.jekyll(tmp);
        s.write("about.md", "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\nHi.\n");
        s.write("archive.html", "---\nlayout: page\n---\n");
        Path p = s.write("_posts/2024-01-01-a.md", JEKYLL_HEAD + "[x](" + url + ")\n");
        assertEquals(List.of(), s.check(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/about.html", "/index.xml", "/contact/", "/tags/clay/"})
    void jekyllOtherRootLinksAreStillBroken(String url) {
        PresetSite s = PresetSite.jekyll(tmp);
        s.write("about.md", "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\nHi.\n");
        Path p = s.write("_posts/2024-01-01-a.md", JEKYLL_HEAD + "[x](" + url + ")\n");
        assertEquals(List.of("link.broken 6:1"), s.check(p));
    }

    // ---- bundle resources by published URL ----

    @Test
    void hugoBundleResourceByPublishedUrlResolves() {
        PresetSite s = PresetSite.hugo(tmp);
        s.write("content/posts/night-train/index.md", HUGO_HEAD + "Text.\n");
        s.write("content/posts/night-train/platform.png", "png");
        s.write("content/posts/night-train/img/map.png", "png");
        Path p = hugoPost(
                s,
                "a.md",
                "![P](/posts/night-train/platform.png)\n\n![M](/posts/night-train/img/map.png)"
                        + "\n\n[file](/posts/night-train/platform.png)\n");
        assertEquals(List.of(), s.check(p));
    }

    @Test
    void hugoMissingBundleResourceIsStillReported() {
        PresetSite s = PresetSite.hugo(tmp);
        s.write("content/posts/night-train/index.md", HUGO_HEAD + "Text.\n");
        Path p = hugoPost(s, "a.md", "![P](/posts/night-train/platfrom.png)\n\n[f](/posts/night-train/platfrom.png)\n");
        assertEquals(List.of("image.missing 6:1", "link.broken 8:1"), s.check(p));
    }

    // ---- standard fields ----

    @Test
    void hugoStandardFieldsAreKnown() {
        PresetSite s = PresetSite.hugo(tmp);
        Path p = s.write("content/posts/a.md", """
                ---
                title: T
                date: 2025-01-01
                publishDate: 2025-01-02
                expiryDate: 2030-01-01
                keywords: [a, b]
                linkTitle: Short
                summary: A summary.
                weight: 3
                aliases: [/old/]
                type: post
                layout: wide
                images: [/a.png]
                series: [trains]
                url: /custom/
                params:
                  mood: calm
                ---
                """);
        assertEquals(List.of(), s.check(p));
    }

    @Test
    void jekyllStandardFieldsAreKnown() {
        PresetSite s = PresetSite.jekyll(tmp);
        Path p = s.write("_posts/2024-01-01-a.md", """
                ---
                layout: post
                title: T
                last_modified_at: 2024-02-01 10:00:00 +0000
                excerpt_separator: <!--more-->
                redirect_from:
                  - /old/
                excerpt: Short.
                author: Ines
                published: true
                category: pottery
                ---
                """);
        assertEquals(List.of(), s.check(p));
    }

    @Test
    void aMisspelledFieldIsStillUnknown() {
        PresetSite s = PresetSite.hugo(tmp);
        Path p = s.write("content/posts/a.md", "---\ntitle: T\ndate: 2025-01-01\npubishDate: 2025-01-02\n---\n");
        assertEquals(List.of("field.unknown 4:1"), s.check(p));
        // Hugo matches keys ignoring case: publishdate is publishDate.
        Path q = s.write("content/posts/b.md", "---\ntitle: T\ndate: 2025-01-01\npublishdate: 2025-01-02\n---\n");
        assertEquals(List.of(), s.check(q));
    }
}
