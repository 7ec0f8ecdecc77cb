package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's defaults (Preferences) apply where the site's own .postwright.yml says nothing. */
class SiteDefaultsTest {

    @TempDir
    Path tmp;

    private final SiteConfig writer = SiteConfig.defaults().withDescriptionLimits(10, 40);

    @Test
    void writerDefaultsApplyWithoutASiteConfig() throws IOException {
        Files.writeString(tmp.resolve("astro.config.mjs"), "export default {};\n");
        Site site = SiteDetector.detect(tmp, Optional.empty(), writer);
        assertEquals(10, site.config().descriptionMin());
        assertEquals(40, site.config().descriptionMax());
        assertEquals(
                SiteConfig.DEFAULT_DESCRIPTION_MAX,
                SiteDetector.detect(tmp, Optional.empty()).config().descriptionMax());
    }

    @Test
    void theSitesOwnSettingsWin() throws IOException {
        Files.writeString(tmp.resolve("astro.config.mjs"), "export default {};\n");
        Files.writeString(tmp.resolve(".postwright.yml"), "description:\n  max: 200\n");
        Site site = SiteDetector.detect(tmp, Optional.empty(), writer);
        assertEquals(10, site.config().descriptionMin(), "min not set by the site: the writer's");
        assertEquals(200, site.config().descriptionMax(), "max set by the site: the site's");
    }
}
