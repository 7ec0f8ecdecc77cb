package dev.postwright.workspace;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A small AstroPaper site written into a temp folder, post by post, for the workspace tests. */
final class TinySite {

    static final Clock CLOCK = TestClocks.MARCH_2026;
    final Path root;
    final Path blog;

    TinySite(Path root) throws IOException {
        this.root = TestSites.astroPaper(root.toAbsolutePath().normalize());
        this.blog = this.root.resolve("src/data/blog");
    }

    /** Writes a post with the given frontmatter lines (without fences) and body. */
    Path post(String name, String frontmatter, String body) throws IOException {
        return raw(name, "---\n" + frontmatter + "---\n" + body);
    }

    /** Writes a post file exactly as given. */
    Path raw(String name, String text) throws IOException {
        return TestSites.write(blog.resolve(name), text);
    }

    /** A post with a title, a date and tags in a flow list. */
    Path simple(String name, String title, String body) throws IOException {
        return post(
                name,
                "title: " + title + "\npubDatetime: 2024-01-02T10:00:00Z\ndescription: A post about " + title
                        + " written for the tests of the workspace.\ntags: [notes]\n",
                body);
    }

    SiteSession open() {
        return SiteSession.open(root, new MarkdownEngine(), CLOCK);
    }
}
