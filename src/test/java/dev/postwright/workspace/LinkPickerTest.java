package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import dev.postwright.render.Heading;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.PostSummary;
import dev.postwright.validation.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkPickerTest {

    @TempDir
    Path dir;

    private SiteSession sample() throws Exception {
        Path root = TestSites.copySampleSite(dir.resolve("site"));
        return SiteSession.open(root, new MarkdownEngine(), TinySite.CLOCK);
    }

    private static Path blog(SiteSession s, String name) {
        return s.site()
                .root()
                .resolve("src/data/blog")
                .resolve(name)
                .toAbsolutePath()
                .normalize();
    }

    @Test
    void fuzzySearchFindsPostsByTitleSlugOrUrl() throws Exception {
        SiteSession s = sample();
        LinkPicker picker = new LinkPicker(s);
        assertEquals(
                "sourdough-starter.md",
                picker.findPosts("sourdough", 5)
                        .get(0)
                        .post()
                        .path()
                        .getFileName()
                        .toString());
        // letters in order, not adjacent: "dvlp flm" finds "Developing film at home"
        assertTrue(
                picker.findPosts("dvlp flm", 5).get(0).post().path().toString().endsWith("developing-film-at-home.md"));
        // by URL
        assertTrue(picker.findPosts("/posts/darkroom/", 5).get(0).post().url().startsWith("/posts/darkroom/"));
        assertTrue(picker.findPosts("zzqxj", 5).isEmpty());
        assertEquals(3, picker.findPosts("", 3).size());
    }

    @Test
    void everyOfferedLinkAndImagePassesTheSitesOwnCheck() throws Exception {
        SiteSession s = sample();
        LinkPicker picker = new LinkPicker(s);
        Path from = blog(s, "tiny-tools-for-notes.md");
        StringBuilder body = new StringBuilder("\n\n");
        int offered = 0;
        for (LinkPicker.Found f : picker.findPosts("", 100)) {
            PostSummary target = f.post();
            for (LinkPicker.Style style : LinkPicker.Style.values()) {
                body.append(LinkPicker.markdown(
                                target.title(), picker.destination(from, target, Optional.empty(), style)))
                        .append("\n\n");
                offered++;
                for (Heading h : picker.anchors(target)) {
                    body.append(LinkPicker.markdown(h.text(), picker.destination(from, target, Optional.of(h), style)))
                            .append("\n\n");
                    offered++;
                }
            }
        }
        List<LinkPicker.ImageChoice> images = picker.images(from);
        assertFalse(images.isEmpty());
        for (LinkPicker.ImageChoice img : images) {
            body.append("![an image](").append(img.link()).append(")\n\n");
            offered++;
        }
        String text = Files.readString(from) + body;
        s.update(from, text);
        List<Problem> linkProblems = new ArrayList<>();
        for (Problem p : s.problems(from)) {
            if ((p.rule().startsWith("link.") || p.rule().startsWith("image."))
                    && p.line() > text.split("\n", -1).length - body.toString().split("\n", -1).length) {
                linkProblems.add(p);
            }
        }
        assertTrue(offered > 40, "offered " + offered);
        assertTrue(linkProblems.isEmpty(), linkProblems.toString());
    }

    @Test
    void theStyleFollowsThePostThenTheSite() throws Exception {
        TinySite site = new TinySite(dir);
        Path a = site.simple("a.md", "Alpha", "## Part one\n\nText.\n");
        Path b = site.simple("sub/b.md", "Beta", "See [alpha](../a.md).\n");
        Path c = site.simple("c.md", "Gamma", "See [beta](/posts/sub/b/) and [alpha](/posts/a/).\n");
        Path d = site.simple("d.md", "Delta", "No links.\n");
        SiteSession s = site.open();
        LinkPicker picker = new LinkPicker(s);
        assertEquals(LinkPicker.Style.RELATIVE, picker.styleFor(b));
        assertEquals(LinkPicker.Style.SITE_ROOT, picker.styleFor(c));
        // d has no links: the site has 2 site-root links to 1 relative one
        assertEquals(LinkPicker.Style.SITE_ROOT, picker.styleFor(d));
        PostSummary alpha = s.index().get(a).orElseThrow();
        Heading part = picker.anchors(alpha).get(0);
        assertEquals("../a.md#part-one", picker.destination(b, alpha, Optional.of(part), LinkPicker.Style.RELATIVE));
        assertEquals("/posts/a/#part-one", picker.destination(b, alpha, Optional.of(part), LinkPicker.Style.SITE_ROOT));
        assertEquals("#part-one", picker.destination(a, alpha, Optional.of(part), LinkPicker.Style.SITE_ROOT));
        assertEquals("[a \\[b\\]](x)", LinkPicker.markdown("a [b]", "x"));
    }
}
