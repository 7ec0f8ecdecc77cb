package dev.postwright.workspace.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import dev.postwright.post.PostWriteException;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hugo bundle archetype: the post is the bundle's index.md, the folder's other files come along. */
class BundleArchetypeCreateTest {

    @TempDir
    Path tmp;

    private final PostCreator creator = new PostCreator();

    private Site site() {
        TestSites.write(tmp, "hugo.toml", "title = 'Slow Rails'\n");
        TestSites.write(
                tmp, "archetypes/posts/index.md", "+++\ntitle = ''\ndate = {{ .Date }}\n+++\n\n![](images/map.png)\n");
        TestSites.write(tmp, "archetypes/posts/images/map.png", "not really a png");
        TestSites.write(tmp, "content/posts/.keep", "");
        return SiteDetector.detect(tmp, Optional.empty());
    }

    @Test
    void createsTheBundleWithItsFiles() throws Exception {
        PostPlan plan = creator.plan(site(), NewPostRequest.titled("Fjord line"), PostCreatorTest.CLOCK);
        assertEquals(List.of(), plan.refusals());
        Path bundle = tmp.resolve("content/posts/fjord-line").toAbsolutePath();
        assertEquals(bundle.resolve("index.md"), plan.file());
        assertEquals("/posts/fjord-line/", plan.url());
        creator.create(plan);
        assertEquals("not really a png", Files.readString(bundle.resolve("images/map.png")));
        assertTrue(Files.readString(bundle.resolve("index.md")).startsWith("+++\ntitle = 'Fjord line'\n"));
    }

    @Test
    void aFailedCopyLeavesNothingBehind() throws Exception {
        PostPlan plan = creator.plan(site(), NewPostRequest.titled("Fjord line"), PostCreatorTest.CLOCK);
        Path bundle = tmp.resolve("content/posts/fjord-line");
        TestSites.write(bundle, "images", "a file where the images folder must go");
        PostWriteException e = assertThrows(PostWriteException.class, () -> creator.create(plan));
        assertTrue(e.getMessage().startsWith("Cannot copy "), e.getMessage());
        assertFalse(Files.exists(bundle.resolve("index.md")), "the half-made post is removed");
    }

    @Test
    void anExistingBundleFileIsARefusal() {
        Site site = site();
        TestSites.write(tmp, "content/posts/fjord-line/images/map.png", "mine");
        PostPlan plan = creator.plan(site, NewPostRequest.titled("Fjord line"), PostCreatorTest.CLOCK);
        assertEquals(
                List.of("content/posts/fjord-line/images/map.png already exists. Pick another title or pass --slug."),
                plan.refusals());
    }
}
