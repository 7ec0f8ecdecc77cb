package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link picker offers the posts the site publishes, not those of a collection without a page route. */
class LinkPickerCollectionsTest {

    @TempDir
    Path dir;

    private List<String> offered(boolean notesRouted) throws Exception {
        Path root = dir.resolve(notesRouted ? "routed" : "unrouted");
        TestSites.write(root, "astro.config.mjs", "export default {};\n");
        TestSites.write(root, "src/content.config.ts", """
                const blog = defineCollection({ type: "content" });
                const notes = defineCollection({ type: "content" });
                export const collections = { blog, notes };
                """);
        TestSites.write(root, "src/content/blog/kiln-day.md", "---\ntitle: Kiln day\n---\nHot.\n");
        TestSites.write(root, "src/content/notes/kiln-log.md", "---\ntitle: Kiln log\n---\nWarm.\n");
        String route = "---\nconst all = await getCollection(\"%s\");\n"
                + "export const getStaticPaths = () => all.map((e) => ({ params: { slug: e.slug } }));\n---\n";
        TestSites.write(root, "src/pages/blog/[...slug].astro", route.formatted("blog"));
        if (notesRouted) {
            TestSites.write(root, "src/pages/notes/[...slug].astro", route.formatted("notes"));
        }
        SiteSession s = SiteSession.open(root, new MarkdownEngine(), TinySite.CLOCK);
        return new LinkPicker(s)
                .findPosts("kiln", 10).stream()
                        .map(f -> f.post().title() + " " + f.post().url())
                        .sorted()
                        .toList();
    }

    @Test
    void postsOfAnUnpublishedCollectionAreNotOffered() throws Exception {
        assertEquals(List.of("Kiln day /blog/kiln-day/"), offered(false));
    }

    @Test
    void postsOfARoutedSecondCollectionAre() throws Exception {
        assertEquals(List.of("Kiln day /blog/kiln-day/", "Kiln log /notes/kiln-log/"), offered(true));
    }
}
