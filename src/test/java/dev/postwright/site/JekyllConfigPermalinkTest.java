package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code permalink:} in Jekyll's {@code _config.yml} sets the post URLs. */
class JekyllConfigPermalinkTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "permalink [{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "''| /pottery/kiln/2024/04/20/glaze.html",
                "date| /pottery/kiln/2024/04/20/glaze.html",
                "pretty| /pottery/kiln/2024/04/20/glaze/",
                "ordinal| /pottery/kiln/2024/111/glaze.html",
                "none| /pottery/kiln/glaze.html",
                "/:year/:month/:title/| /2024/04/glaze/",
                "\"/blog/:i_month-:i_day-:short_year/:slug:output_ext\"| /blog/4-20-24/glaze.html",
                "weekdate| /pottery/kiln/2024/04/20/glaze.html",
                "/:unknown/:title/| /pottery/kiln/2024/04/20/glaze.html"
            })
    void configPermalinkShapesTheUrl(String permalink, String url) throws IOException {
        Files.writeString(
                tmp.resolve("_config.yml"),
                "title: t\n" + (permalink.isEmpty() ? "" : "permalink: " + permalink + "  # style\n"));
        Path post = tmp.resolve("_posts/2024-04-20-glaze.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "---\ntitle: G\n---\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        PostUrlFields fields = new PostUrlFields(null, null, List.of("pottery", "kiln"), null, null);
        assertEquals(url, site.urlOf(post, fields));
    }
}
