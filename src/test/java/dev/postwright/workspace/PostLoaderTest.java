package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.PostAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostLoaderTest {

    @TempDir
    Path tmp;

    private PostLoader loader(TinySite s) {
        Site site = SiteDetector.detect(s.root, Optional.empty());
        return new PostLoader(new PostAnalyzer(site, new MarkdownEngine()));
    }

    @Test
    void anUnreadablePostIsReportedForItselfAndTheOthersStillLoad() throws IOException {
        TinySite s = new TinySite(tmp);
        Path a = s.simple("a.md", "Alpha", "Body A.\n");
        Path binary = s.blog.resolve("b.md");
        Files.write(binary, new byte[] {'-', '-', '-', '\n', 0, 0, 0, '\n'});
        Path c = s.simple("c.md", "Gamma", "Body C.\n");

        List<PostLoader.Loaded> loaded = loader(s).load(List.of(a, binary, c));

        assertEquals(
                List.of(a, binary, c),
                loaded.stream().map(PostLoader.Loaded::path).toList());
        assertTrue(loaded.get(0).analysis().isPresent());
        assertTrue(loaded.get(0).unreadable().isEmpty());
        assertTrue(loaded.get(1).analysis().isEmpty());
        assertTrue(
                loaded.get(1).unreadable().orElseThrow().contains("b.md"),
                loaded.get(1).unreadable().get());
        assertTrue(loaded.get(2).analysis().isPresent());
    }

    @Test
    void aMissingFileIsReportedWithoutAnException() throws IOException {
        TinySite s = new TinySite(tmp);
        Path gone = s.blog.resolve("gone.md");
        List<PostLoader.Loaded> loaded = loader(s).load(List.of(gone));
        assertTrue(loaded.get(0).unreadable().orElseThrow().contains("file not found"));
    }

    @Test
    void theAnalysesAreLeanAndOnlyAcceptedPathsAreIndexed() throws IOException {
        TinySite s = new TinySite(tmp);
        Path a = s.simple("a.md", "Alpha", "# Head\n\nBody A.\n");
        Path b = s.simple("b.md", "Beta", "Body B.\n");
        PostLoader loader = loader(s);
        List<PostLoader.Loaded> loaded = loader.load(List.of(a, b));
        assertTrue(loaded.get(0).analysis().orElseThrow().markdown().document() == null, "the syntax tree is dropped");

        SiteIndex index = new SiteIndex(SiteDetector.detect(s.root, Optional.empty()));
        PostLoader.index(loaded, index, p -> !p.equals(b));
        assertTrue(index.get(a).isPresent());
        assertTrue(index.get(b).isEmpty());
    }
}
