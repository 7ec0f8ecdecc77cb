package dev.postwright.workspace.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.post.PostWriteException;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.site.generator.AstroSiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostCreatorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T13:05:07.5Z"), ZoneId.of("UTC"));

    @TempDir
    Path tmp;

    private final PostCreator creator = new PostCreator();

    private Path write(String rel, String text) throws IOException {
        Path f = tmp.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private Site astroSite() throws IOException {
        write("astro.config.mjs", "export default {};\n");
        write(
                "src/config.ts",
                "export const SITE = {\n  website: \"https://x.example/\",\n"
                        + "  author: \"Grace Hopper\",\n  timezone: \"Europe/Berlin\", // IANA\n} as const;\n");
        Files.createDirectories(tmp.resolve("src/data/blog"));
        return SiteDetector.detect(tmp, Optional.empty());
    }

    private static NewPostRequest request(String title, String description) {
        return new NewPostRequest(title, Optional.empty(), List.of(), false, Optional.ofNullable(description));
    }

    @Test
    void astroPaperPlanUsesPresetOrderAuthorAndSiteTimezone() throws IOException {
        Site site = astroSite();
        PostPlan plan = creator.plan(
                site,
                new NewPostRequest(
                        "[Sponsored] Hello: World", Optional.empty(), List.of(), true, Optional.of("A short note.")),
                CLOCK);
        assertEquals(List.of(), plan.refusals());
        assertEquals(tmp.resolve("src/data/blog/sponsored-hello-world.md").toAbsolutePath(), plan.file());
        assertEquals("/posts/sponsored-hello-world/", plan.url());
        assertEquals("sponsored-hello-world", plan.slug());
        assertEquals("""
                ---
                title: "[Sponsored] Hello: World"
                author: Grace Hopper
                pubDatetime: 2026-11-30T14:05:07+01:00
                featured: false
                draft: true
                tags: [others]
                description: A short note.
                ---

                """, plan.text());
    }

    @Test
    void sampleSiteSchemaOrderAndGivenTags() {
        Site site = SiteDetector.detect(Path.of("assets/sample-site"), Optional.empty());
        PostPlan plan = creator.plan(
                site,
                new NewPostRequest(
                        "Fresh bread",
                        Optional.empty(),
                        List.of("bread", "C++ tips"),
                        false,
                        Optional.of("Notes on a loaf.")),
                CLOCK);
        assertEquals(List.of(), plan.refusals());
        assertEquals("""
                ---
                author: Ada Fieldwright
                pubDatetime: 2026-11-30T14:05:07+01:00
                title: Fresh bread
                featured: false
                draft: false
                tags: [bread, C++ tips]
                description: Notes on a loaf.
                ---

                """, plan.text());
    }

    @Test
    void hugoPlan() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        Files.createDirectories(tmp.resolve("content"));
        Site site = SiteDetector.detect(tmp, Optional.empty());
        PostPlan plan = creator.plan(
                site,
                new NewPostRequest(
                        "Scale By The Bay '23", Optional.empty(), List.of("scala"), true, Optional.of("Talks.")),
                CLOCK);
        assertEquals(List.of(), plan.refusals());
        assertEquals(tmp.resolve("content/posts/scale-by-the-bay-23.md").toAbsolutePath(), plan.file());
        assertEquals("/posts/scale-by-the-bay-23/", plan.url());
        // no archetype: Hugo's default one, in TOML; a title with ' is written as a basic string
        assertEquals("""
                +++
                title = "Scale By The Bay '23"
                date = 2026-11-30T13:05:07Z
                draft = true
                tags = ['scala']
                description = 'Talks.'
                +++

                """, plan.text());
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void jekyllPlan() throws IOException {
        write("_config.yml", "title: x\n");
        Files.createDirectories(tmp.resolve("_posts"));
        Site site = SiteDetector.detect(tmp, Optional.empty());
        PostPlan plan = creator.plan(
                site,
                new NewPostRequest("Crème brûlée", Optional.empty(), List.of("food"), true, Optional.empty()),
                CLOCK);
        assertEquals(List.of(), plan.refusals());
        assertEquals(tmp.resolve("_posts/2026-11-30-creme-brulee.md").toAbsolutePath(), plan.file());
        assertEquals("/2026/11/30/creme-brulee.html", plan.url());
        assertEquals("""
                ---
                layout: post
                title: Crème brûlée
                date: 2026-11-30 13:05:07 +0000
                tags: [food]
                published: false
                ---

                """, plan.text());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Scale By The Bay '23    | scale-by-the-bay-23",
                "Crème brûlée à la carte | creme-brulee-a-la-carte",
                "Ünïcödé 🌉 bridge       | unicode-bridge",
                "Hello, World!!!         | hello-world",
                "C++ & Java: 2024        | c-java-2024",
                "日本語 and English      | and-english",
            })
    void slugAndFileFromTitle(String title, String slug) throws IOException {
        PostPlan plan = creator.plan(astroSite(), request(title, "d"), CLOCK);
        assertEquals(slug, plan.slug());
        assertEquals(slug + ".md", plan.file().getFileName().toString());
        assertEquals("/posts/" + slug + "/", plan.url());
    }

    @Test
    void givenSlugIsUsedAndCheckedForFormat() throws IOException {
        Site site = astroSite();
        PostPlan plan = creator.plan(
                site,
                new NewPostRequest("Anything", Optional.of("my-post"), List.of(), false, Optional.of("d")),
                CLOCK);
        assertEquals("my-post.md", plan.file().getFileName().toString());
        assertFalse(plan.text().contains("slug"), "the file name carries the slug in AstroPaper");
        PostPlan bad = creator.plan(
                site,
                new NewPostRequest("Anything", Optional.of("My Post"), List.of(), false, Optional.of("d")),
                CLOCK);
        assertTrue(
                bad.refusals().get(0).contains("'My Post' is not valid"),
                bad.refusals().toString());
    }

    @Test
    void refusesMissingRequiredDescription() throws IOException {
        PostPlan plan = creator.plan(astroSite(), request("Hello", null), CLOCK);
        assertEquals(
                List.of("description is required by astropaper preset and has no default: pass " + "--description."),
                plan.refusals());
        assertThrows(IllegalStateException.class, () -> creator.create(plan));
    }

    @Test
    void refusesAnExistingFileNamingThePost() throws IOException {
        Site site = astroSite();
        write("src/data/blog/hello.md", "---\ntitle: Old hello\n---\n");
        PostPlan plan = creator.plan(site, request("Hello", "d"), CLOCK);
        assertEquals(1, plan.refusals().size(), plan.refusals().toString());
        assertTrue(
                plan.refusals()
                        .get(0)
                        .startsWith(
                                "src/data/blog/hello.md already exists (the post " + "\"Old hello\" at /posts/hello/)"),
                plan.refusals().toString());
    }

    @Test
    void refusesASlugAnotherPostAlreadyUses() throws IOException {
        Site site = astroSite();
        write("src/data/blog/older.md", "---\ntitle: Older\nslug: hello\n---\n");
        PostPlan plan = creator.plan(site, request("Hello", "d"), CLOCK);
        assertEquals(1, plan.refusals().size(), plan.refusals().toString());
        assertTrue(
                plan.refusals().get(0).contains("/posts/hello/")
                        && plan.refusals().get(0).contains("src/data/blog/older.md \"Older\""),
                plan.refusals().toString());
    }

    @Test
    void createWritesOnceAndNeverOverwrites() throws IOException, PostWriteException {
        Site site = astroSite();
        PostPlan plan = creator.plan(site, request("Hello", "d"), CLOCK);
        Path file = creator.create(plan);
        assertEquals(plan.text(), Files.readString(file));
        Files.writeString(file, "mine");
        PostWriteException e = assertThrows(PostWriteException.class, () -> creator.create(plan));
        assertTrue(e.getMessage().contains("appeared"), e.getMessage());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void createMakesMissingFolders() throws IOException, PostWriteException {
        write("hugo.toml", "");
        Files.createDirectories(tmp.resolve("content"));
        Site site = SiteDetector.detect(tmp, Optional.empty());
        Path file = creator.create(creator.plan(site, request("First", null), CLOCK));
        assertTrue(Files.isRegularFile(file));
        assertEquals(tmp.resolve("content/posts/first.md").toAbsolutePath(), file);
    }

    @Test
    void readsSiteSettingsFromConfigTs() throws IOException {
        astroSite();
        assertEquals(Optional.of("Grace Hopper"), AstroSiteSettings.author(tmp));
        assertEquals(Optional.of("Europe/Berlin"), AstroSiteSettings.timezone(tmp));
        assertEquals(Optional.empty(), AstroSiteSettings.property(tmp, "nothing"));
        assertEquals(Optional.empty(), AstroSiteSettings.author(tmp.resolve("nowhere")));
    }
}
