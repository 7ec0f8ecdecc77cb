package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.site.Site;
import dev.postwright.site.SiteConfig;
import dev.postwright.site.SiteDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkUpdatedTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 14, 9, 30, 5, 0, ZoneId.of("UTC"));

    @TempDir
    Path root;

    private Site astro() throws Exception {
        Files.createDirectories(root.resolve("src/data/blog"));
        Files.writeString(root.resolve("astro.config.mjs"), "export default {};\n");
        return SiteDetector.detect(root, Optional.empty(), SiteConfig.defaults());
    }

    private Site hugo() throws Exception {
        Files.createDirectories(root.resolve("content/posts"));
        Files.writeString(root.resolve("hugo.toml"), "title = 'x'\n");
        return SiteDetector.detect(root, Optional.empty(), SiteConfig.defaults());
    }

    private Site jekyll() throws Exception {
        Files.createDirectories(root.resolve("_posts"));
        Files.writeString(root.resolve("_config.yml"), "title: x\n");
        return SiteDetector.detect(root, Optional.empty(), SiteConfig.defaults());
    }

    @Test
    void astroPaperGetsModDatetimeAfterPubDatetimeInItsShape() throws Exception {
        String before = "---\ntitle: A\npubDatetime: 2024-01-02T10:00:00Z\ndescription: d\n---\nBody.\n";
        MarkUpdated.Outcome o = MarkUpdated.mark(before, astro(), NOW);
        assertTrue(o.changed());
        assertEquals("modDatetime", o.field());
        assertEquals(
                "---\ntitle: A\npubDatetime: 2024-01-02T10:00:00Z\nmodDatetime: 2026-03-14T09:30:05Z\n"
                        + "description: d\n---\nBody.\n",
                o.text());
    }

    @Test
    void anExistingModifiedDateKeepsItsZoneAndOnlyItsLineChanges() throws Exception {
        String before = "---\ntitle: A # keep\npubDatetime: 2024-01-02T10:00:00Z\n"
                + "modDatetime: 2024-02-01T08:00:00+02:00\n---\nBody.\n";
        MarkUpdated.Outcome o = MarkUpdated.mark(before, astro(), NOW);
        assertEquals("2026-03-14T11:30:05+02:00", o.value());
        assertEquals(List.of(4), FileDiffs.changedLines(before, o.text()));
    }

    @Test
    void hugoLastmodFollowsABareDate() throws Exception {
        String before = "---\ntitle: A\ndate: 2024-01-02\n---\nBody.\n";
        MarkUpdated.Outcome o = MarkUpdated.mark(before, hugo(), NOW);
        assertEquals("lastmod", o.field());
        assertTrue(o.text().contains("\nlastmod: 2026-03-14\n"), o.text());
    }

    @Test
    void jekyllLastModifiedAtFollowsTheDateWithItsSpaceAndOffset() throws Exception {
        String before = "---\nlayout: post\ntitle: A\ndate: 2024-01-02 10:00:00 -0500\n---\nBody.\n";
        MarkUpdated.Outcome o = MarkUpdated.mark(before, jekyll(), NOW);
        assertEquals("last_modified_at", o.field());
        assertEquals("2026-03-14 04:30:05 -0500", o.value());
        assertTrue(o.text().contains("\nlast_modified_at: 2026-03-14 04:30:05 -0500\n"), o.text());
    }

    @Test
    void tomlAndJsonAreMarkedInTheirOwnSyntaxAndBrokenFrontMatterIsRefusedInWords() throws Exception {
        Site hugo = hugo();
        String toml = "+++\ntitle = 'A'\ndate = 2025-01-02T08:00:00+01:00\n+++\nBody.\n";
        MarkUpdated.Outcome o = MarkUpdated.mark(toml, hugo, NOW);
        assertTrue(o.changed(), o.problem().toString());
        assertEquals("lastmod", o.field());
        assertTrue(o.text().startsWith(toml.substring(0, toml.indexOf("+++\nBody"))), o.text());
        assertTrue(o.text().endsWith("\nlastmod = " + o.value() + "\n+++\nBody.\n"), o.text());
        assertTrue(o.value().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+01:00"), o.value());
        String json = "{\n  \"title\": \"A\"\n}\nBody.\n";
        MarkUpdated.Outcome j = MarkUpdated.mark(json, hugo, NOW);
        assertTrue(j.text().startsWith("{\n  \"title\": \"A\",\n  \"lastmod\": \""), j.text());
        MarkUpdated.Outcome broken = MarkUpdated.mark("---\ntitle: [\n---\nx\n", hugo, NOW);
        assertTrue(broken.problem().get().startsWith("Its front matter does not read as YAML"));
        MarkUpdated.Outcome brokenToml = MarkUpdated.mark("+++\ntitle = \n+++\nx\n", hugo, NOW);
        assertTrue(brokenToml.problem().get().startsWith("Its front matter does not read as TOML"));
    }

    @Test
    void bodyChangedLooksOnlyAtTheBody() throws Exception {
        Site site = astro();
        String a = "---\ntitle: A\n---\nBody.\n";
        assertFalse(MarkUpdated.bodyChanged(a, a.replace("title: A", "title: B"), site));
        assertTrue(MarkUpdated.bodyChanged(a, a.replace("Body.", "Body!"), site));
    }
}
