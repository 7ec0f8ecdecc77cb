package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostTabsTest {

    @ParameterizedTest
    @CsvSource({
        "content/posts/night-train/index.md, night-train/index.md",
        "content/posts/_index.md, posts/_index.md",
        "src/data/blog/sourdough-starter.md, sourdough-starter.md",
    })
    void bundlesAreNamedByTheirFolder(String path, String title) {
        assertEquals(title, PostTabs.tabName(Path.of(path)));
    }
}
