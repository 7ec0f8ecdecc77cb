package dev.postwright.ui.wizard;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.SiteSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A tiny AstroPaper v5 site for the wizard's tests: two posts, one with a slug that differs from its file. */
final class WizardSite {

    static final Clock CLOCK = TestClocks.MARCH_2026;

    private WizardSite() {}

    static SiteSession create(Path root) throws IOException {
        write(root, "astro.config.mjs", "export default {};\n");
        write(root, "src/data/blog/existing-post.md", """
                ---
                title: An existing post
                description: A post that is already on the site, so its file name and URL are taken.
                pubDatetime: 2026-01-02T10:00:00Z
                tags: [sourdough, baking]
                ---

                Some words.
                """);
        write(root, "src/data/blog/notes-2026.md", """
                ---
                title: Starter notes
                slug: starter-notes
                description: Notes on keeping a starter alive through a cold winter in a draughty kitchen.
                pubDatetime: 2026-02-03T10:00:00Z
                tags: [sourdough]
                ---

                More words.
                """);
        return SiteSession.open(root, new MarkdownEngine(), CLOCK);
    }

    static void write(Path root, String rel, String text) throws IOException {
        TestSites.write(root, rel, text);
    }
}
