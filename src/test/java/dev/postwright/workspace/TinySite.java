package dev.postwright.workspace;

import dev.postwright.render.MarkdownEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A small AstroPaper site written into a temp folder, post by post, for the workspace tests. */
final class TinySite {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneId.of("UTC"));
    final Path root;
    final Path blog;

    TinySite(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.blog = this.root.resolve("src/data/blog");
        Files.createDirectories(blog);
        Files.createDirectories(this.root.resolve("public"));
        Files.writeString(this.root.resolve("astro.config.mjs"), "export default {};\n");
    }

    /** Writes a post with the given frontmatter lines (without fences) and body. */
    Path post(String name, String frontmatter, String body) throws IOException {
        return raw(name, "---\n" + frontmatter + "---\n" + body);
    }

    /** Writes a post file exactly as given. */
    Path raw(String name, String text) throws IOException {
        Path p = blog.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    /** A post with a title, a date and tags in a flow list. */
    Path simple(String name, String title, String body) throws IOException {
        return post(name, "title: " + title + "\npubDatetime: 2024-01-02T10:00:00Z\ndescription: A post about "
                + title + " written for the tests of the workspace.\ntags: [notes]\n", body);
    }

    SiteSession open() {
        return SiteSession.open(root, new MarkdownEngine(), CLOCK);
    }
}
