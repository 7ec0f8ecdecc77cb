package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageImportTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
        "Screenshot 2025-03-01 at 10.00.00.png, screenshot-2025-03-01-at-10.00.00.png",
        "Café Crème.JPG, cafe-creme.jpg",
        "../../etc/passwd, etc-passwd",
        "🎉.gif, gif",
        "'   ', image.png",
    })
    void namesAreMadeSafe(String original, String safe) {
        assertEquals(safe, ImageImport.safeName(original));
    }

    @Test
    void astroImagesGoUnderPublicImagesBySlugAndNeverOverwrite() throws IOException {
        Files.createDirectories(tmp.resolve("src/data/blog"));
        Files.writeString(tmp.resolve("astro.config.mjs"), "export default {};\n");
        Path post = Files.writeString(tmp.resolve("src/data/blog/bread.md"), "---\ntitle: x\n---\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        ImageImport images = new ImageImport(site);

        ImageImport.Target first = images.target(post, "bread", "Crumb Shot.PNG");
        assertEquals("/images/bread/crumb-shot.png", first.link());
        byte[] bytes = {1, 2, 3};
        images.write(first, new ByteArrayInputStream(bytes));
        assertArrayEquals(bytes, Files.readAllBytes(tmp.resolve("public/images/bread/crumb-shot.png")));

        ImageImport.Target second = images.target(post, "bread", "crumb shot.png");
        assertEquals("/images/bread/crumb-shot-2.png", second.link());
    }

    @Test
    void aLonePostKeepsImagesBesideIt() throws IOException {
        Path post = Files.writeString(tmp.resolve("note.md"), "# hi\n");
        Site site = SiteDetector.detect(post, Optional.empty());
        ImageImport.Target t = new ImageImport(site).target(post, "note", "a.png");
        assertEquals("./a.png", t.link());
        assertEquals(
                tmp.resolve("a.png").toAbsolutePath().normalize(),
                t.file().toAbsolutePath().normalize());
    }
}
