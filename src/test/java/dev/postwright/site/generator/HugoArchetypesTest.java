package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugoArchetypesTest {

    @TempDir
    Path tmp;

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-12-07T10:00:00Z");

    @Test
    void lookupOrderIsSectionThenBundleThenThemeThenDefault() {
        TestSites.write(tmp, "archetypes/default.md", "d");
        TestSites.write(tmp, "themes/t/archetypes/posts.md", "t");
        assertEquals(tmp.resolve("themes/t/archetypes/posts.md"), find("posts"));
        TestSites.write(tmp, "archetypes/posts/index.md", "b");
        assertEquals(tmp.resolve("archetypes/posts/index.md"), find("posts"));
        TestSites.write(tmp, "archetypes/posts.md", "s");
        assertEquals(tmp.resolve("archetypes/posts.md"), find("posts"));
        assertEquals(tmp.resolve("archetypes/default.md"), find("notes"));
        assertEquals(Optional.empty(), HugoArchetypes.find(tmp.resolve("elsewhere"), List.of(), "posts"));
    }

    private Path find(String section) {
        return HugoArchetypes.find(tmp, List.of("t"), section).orElseThrow().file();
    }

    @Test
    void siteConfigSettingsReachTheTemplate() {
        TestSites.write(
                tmp,
                "hugo.toml",
                "title = \"Slow Rails\" # the name\ntheme = ['paper']\ntimeZone = 'Europe/Oslo'\n[params]\n"
                        + "  author = 'Mara'\n  [params.social]\n    mastodon = \"@mara\"\n[menu]\n  author = 'no'\n");
        TestSites.write(tmp, "content/posts/.keep", "");
        TestSites.write(
                tmp,
                "themes/paper/archetypes/default.md",
                "+++\ntitle = ''\nby = '{{ .Site.Params.author }} {{ .Site.Params.social.mastodon }}'\n"
                        + "site = '{{ .Site.Title }}'\n+++\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        HugoSiteConfig config = HugoSiteConfig.read(tmp);
        assertEquals(List.of("paper"), config.themes());
        assertEquals(Optional.of(ZoneId.of("Europe/Oslo")), new HugoGenerator().siteTimezone(tmp));
        NewPostText post = HugoArchetypes.newPost(
                site,
                tmp.resolve("content/posts/a-b.md"),
                new NewPostFields("A b", true, List.of(), NOW, false, Optional.empty()));
        assertEquals("+++\ntitle = 'A b'\nby = 'Mara @mara'\nsite = 'Slow Rails'\n+++\n", post.text());
        assertEquals(List.of(), post.warnings());
    }

    @Test
    void yamlAndJsonConfigsAreReadToo() {
        TestSites.write(tmp, "hugo.yaml", "title: Y\nparams:\n  Author: Ann\n");
        assertEquals(Optional.of("Y"), HugoSiteConfig.read(tmp).string("title"));
        assertEquals(Map.of("Author", "Ann"), HugoSiteConfig.read(tmp).params());
        Path json = tmp.resolve("j");
        TestSites.write(json, "hugo.json", "{\"title\": \"J\", \"theme\": \"x\"}");
        assertEquals(Optional.of("J"), HugoSiteConfig.read(json).string("title"));
        assertEquals(List.of("x"), HugoSiteConfig.read(json).themes());
        Path broken = tmp.resolve("b");
        TestSites.write(broken, "hugo.yaml", "title: [unclosed\n");
        assertEquals(Optional.empty(), HugoSiteConfig.read(broken).string("title"));
    }

    @Test
    void anArchetypeWithoutFrontMatterGetsHugosDefaultOnTopAndSaysSo() {
        TestSites.write(tmp, "hugo.toml", "");
        TestSites.write(tmp, "archetypes/default.md", "Just notes.\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        NewPostText post = HugoArchetypes.newPost(
                site,
                tmp.resolve("content/posts/a.md"),
                new NewPostFields("A", true, List.of(), NOW, false, Optional.empty()));
        assertEquals("+++\ntitle = 'A'\ndate = 2026-12-07T10:00:00Z\ndraft = true\n+++\n\nJust notes.\n", post.text());
        assertTrue(
                post.warnings().get(0).startsWith("archetypes/default.md has no front matter"),
                post.warnings().toString());
    }
}
