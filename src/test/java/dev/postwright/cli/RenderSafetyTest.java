package dev.postwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.SafeHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 items 2, 3, 7 and 13 on the command line: what render may read, write and put in the page. */
class RenderSafetyTest {
    private static final String SECRET = "TOP-SECRET-BYTES";

    @TempDir
    Path tmp;

    private Path site;
    private Path post;

    @BeforeEach
    void site() throws IOException {
        Files.writeString(tmp.resolve("secret.png"), SECRET);
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("astro.config.mjs"), "export default {};\n");
        Files.writeString(Files.createDirectories(site.resolve("public/images")).resolve("ok.png"), "PNG-INSIDE");
        post = Files.createDirectories(site.resolve("src/data/blog")).resolve("p.md");
        Files.writeString(post, "---\ntitle: P\npubDatetime: 2024-01-01T00:00:00Z\ndescription: d\n---\n# P\n");
    }

    private void body(String markdown) throws IOException {
        Files.writeString(post, "---\ntitle: P\npubDatetime: 2024-01-01T00:00:00Z\ndescription: d\n---\n" + markdown);
    }

    @Test
    void neverInlinesFilesFromOutsideTheSite() throws IOException {
        Files.createSymbolicLink(site.resolve("public/images/link.png"), tmp.resolve("secret.png"));
        body("![a](../../../../secret.png)\n![b](/../../secret.png)\n![c](/images/../../../secret.png)\n"
                + "![d](%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.png)\n![e](/images/link.png)\n"
                + "![f](" + tmp.resolve("secret.png").toUri()
                + ")\n\n<img src=\"../../../../secret.png\" alt=\"g\">\n\n"
                + "![ok](/images/ok.png)\n");
        CliRun run = CliRun.run("render", post.toString());
        String encoded = Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));
        assertFalse(run.out().contains(encoded.substring(0, 12)), "the secret was inlined");
        assertFalse(run.out().contains(SECRET));
        assertTrue(
                run.out().contains(Base64.getEncoder().encodeToString("PNG-INSIDE".getBytes(StandardCharsets.UTF_8))),
                "an image inside the site is still inlined");
        assertEquals(7, run.out().split("pw-blocked-image", -1).length - 1, run.out());
    }

    @Test
    void checkFlagsEveryReferenceThatLeavesTheSite() throws IOException {
        Files.createSymbolicLink(site.resolve("public/images/link.png"), tmp.resolve("secret.png"));
        body(
                "![a](../../../../secret.png)\n\n![b](%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.png)\n\n![e](/images/link.png)\n\n"
                        + "<img src=\"../../../../secret.png\" alt=\"g\">\n\n[doc](../../../../secret.png)\n\n![ok](/images/ok.png)\n");
        CliRun run = CliRun.run("check", site.toString());
        List<String> outside =
                run.out().lines().filter(l -> l.contains("outside the site")).toList();
        assertEquals(5, outside.size(), run.out());
        assertEquals(
                4, outside.stream().filter(l -> l.contains("image.missing")).count(), run.out());
        assertEquals(1, outside.stream().filter(l -> l.contains("link.broken")).count(), run.out());
        assertEquals(1, run.code());
    }

    @Test
    void checkSeesTagsWhoseUnquotedValuesHoldQuotes() throws IOException {
        // inside an HTML block (CommonMark reads such a tag in a paragraph as text, which is shown as text)
        body(
                "<div><img src=../../../../secret.png onerror=alert('x') alt=x></div>\n\n<iframe src=https://v.test/e onload=alert('y')></iframe>\n");
        CliRun run = CliRun.run("check", site.toString());
        assertTrue(
                run.out().lines().anyMatch(l -> l.contains("image.missing") && l.contains("outside the site")),
                run.out());
        assertTrue(run.out().contains("html.iframe"), run.out());
    }

    @Test
    void ogImageOutsideTheSiteIsFlagged() throws IOException {
        Files.writeString(
                post,
                "---\ntitle: P\npubDatetime: 2024-01-01T00:00:00Z\ndescription: d\n"
                        + "ogImage: ../../../../secret.png\n---\n# P\n");
        CliRun run = CliRun.run("check", site.toString());
        assertTrue(
                run.out().lines().anyMatch(l -> l.contains("ogImage.missing") && l.contains("outside the site")),
                run.out());
        Files.writeString(
                post,
                "---\ntitle: P\npubDatetime: 2024-01-01T00:00:00Z\ndescription: d\n"
                        + "ogImage: /images/ok.png\n---\n# P\n");
        assertFalse(CliRun.run("check", site.toString()).out().contains("ogImage.missing"));
    }

    @Test
    void checkIsSilentForImagesInsideTheSite() throws IOException {
        Files.writeString(Files.createDirectories(site.resolve("src/assets")).resolve("b.png"), "b");
        body("![ok](/images/ok.png)\n\n![b](../../assets/b.png)\n\n[b](../../assets/b.png)\n");
        CliRun run = CliRun.run("check", site.toString());
        assertFalse(run.out().contains("image.missing") || run.out().contains("link.broken"), run.out());
    }

    @Test
    void refusesToWriteOverThePost() throws IOException {
        byte[] before = Files.readAllBytes(post);
        CliRun run = CliRun.run("render", post.toString(), "-o", post.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("is the post itself"), run.err());
        assertArrayEquals(before, Files.readAllBytes(post));
    }

    @Test
    void refusesASymlinkOrHardLinkToThePost() throws IOException {
        byte[] before = Files.readAllBytes(post);
        Path link = tmp.resolve("link.html");
        Files.createSymbolicLink(link, post);
        Path hard = tmp.resolve("hard.html");
        Files.createLink(hard, post);
        for (Path out : List.of(link, hard)) {
            CliRun run = CliRun.run("render", post.toString(), "-o", out.toString());
            assertEquals(2, run.code(), out.toString());
            assertTrue(run.err().contains(out.toString()), run.err());
        }
        assertArrayEquals(before, Files.readAllBytes(post));
    }

    @Test
    void refusesMarkdownFilesAndPosts() throws IOException {
        Path other = site.resolve("src/data/blog/other.md");
        Files.writeString(other, "---\ntitle: O\n---\nmine\n");
        for (String name : List.of("notes.md", "notes.mdx", "notes.markdown", "NOTES.MD")) {
            Path out = tmp.resolve(name);
            Files.writeString(out, "keep me");
            CliRun run = CliRun.run("render", post.toString(), "-o", out.toString());
            assertEquals(2, run.code(), name);
            assertTrue(run.err().contains("markdown"), run.err());
            assertEquals("keep me", Files.readString(out));
        }
        CliRun run = CliRun.run("render", post.toString(), "-o", other.toString());
        assertEquals(2, run.code());
        assertEquals("---\ntitle: O\n---\nmine\n", Files.readString(other));
        Path symlinkToMd = tmp.resolve("looks-fine.html");
        Files.createSymbolicLink(symlinkToMd, other);
        assertEquals(
                2,
                CliRun.run("render", post.toString(), "-o", symlinkToMd.toString())
                        .code());
        assertEquals("---\ntitle: O\n---\nmine\n", Files.readString(other));
    }

    @Test
    void writesAnHtmlFileNextToThePost() throws IOException {
        Path out = site.resolve("src/data/blog/p.html");
        CliRun run = CliRun.run("render", post.toString(), "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(out).contains("<h1"));
    }

    @Test
    void brokenYamlIsReportedLikeCheckAndExitsOne() throws IOException {
        Files.writeString(post, "---\ntitle: [unclosed\npubDatetime: 2024-01-01\n---\n# Body still shown\n");
        Path out = tmp.resolve("p.html");
        CliRun run = CliRun.run("render", post.toString(), "-o", out.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().matches("(?s).*p\\.md:\\d+:\\d+: error yaml\\.syntax YAML error: .*"), run.err());
        assertTrue(Files.readString(out).contains("Body still shown"), "the body is still rendered");
        CliRun check = CliRun.run("check", post.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().contains("yaml.syntax"), check.out());
        Files.writeString(post, "---\ntitle: never closed\n\n# Body\n");
        assertEquals(1, CliRun.run("render", post.toString()).code());
        Files.writeString(post, "---\ntitle: Fine\n---\n# Body\n");
        CliRun fine = CliRun.run("render", post.toString());
        assertEquals(0, fine.code(), fine.err());
        assertEquals("", fine.err());
    }

    @Test
    void exportLoadsNothingRemoteUnlessAsked() throws IOException {
        body("![r](https://cdn.test/x.png)\n\n<video src=\"https://cdn.test/v.mp4\" poster=\"https://cdn.test/p.png\">"
                + "</video>\n\n<p style=\"background:url(https://cdn.test/bg.png)\">s</p>\n\n"
                + "<img src=\"/images/ok.png\" srcset=\"https://cdn.test/2x.png 2x\" onerror=alert(1)>\n");
        String offline = CliRun.run("render", post.toString()).out();
        String page = offline.substring(offline.indexOf("<body>"));
        assertEquals(List.of(), SafeHtml.remoteFetches(page), page);
        assertEquals(List.of(), SafeHtml.executable(page.replace("<style>", "")), page);
        assertFalse(offline.contains("img-src file: data: http:"), "the CSP allows no remote images");
        assertTrue(offline.contains("img-src file: data:;"), offline);
        String online = CliRun.run("render", post.toString(), "--load-remote").out();
        assertTrue(online.contains("<img src=\"https://cdn.test/x.png\""), online);
        assertTrue(online.contains("img-src file: data: http: https:"));
    }
}
