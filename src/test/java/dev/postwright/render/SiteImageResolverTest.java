package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Images resolve inside the site only: every spelling of a path that climbs out is blocked, never read. */
class SiteImageResolverTest {
    @TempDir
    Path tmp;

    private Path site;
    private SiteImageResolver resolver;

    /** tmp/secret.png (outside), tmp/site/{public/images/a.png, src/assets/b.png, src/data/blog/post/c.png}. */
    @BeforeEach
    void site() throws IOException {
        Files.writeString(tmp.resolve("secret.png"), "SECRET");
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(Files.createDirectories(site.resolve("public/images")).resolve("a.png"), "a");
        Files.writeString(Files.createDirectories(site.resolve("src/assets")).resolve("b.png"), "b");
        Path post = Files.createDirectories(site.resolve("src/data/blog/post"));
        Files.writeString(post.resolve("c.png"), "c");
        resolver = new SiteImageResolver(site, site.resolve("public"), post);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../../../../secret.png",
                "../../../../../../../../../../../../secret.png",
                "/../secret.png",
                "/../../secret.png",
                "/images/../../../secret.png",
                "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.png",
                "%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fsecret.png",
                "/%2e%2e/%2e%2e/secret.png",
                "..\\..\\..\\..\\..\\secret.png",
                "./../../../../../secret.png?x=1#y",
                "../../../../../../../../etc/passwd",
                "/../../../../../../etc/passwd",
                "/images/../../../../../../etc/hostname",
            })
    void pathsLeavingTheSiteAreBlocked(String src) {
        ResolvedImage r = resolver.resolve(src);
        assertTrue(r instanceof ResolvedImage.Blocked b && b.reason().contains("outside the site"), src + " -> " + r);
    }

    @Test
    void fileUrlsAreBlocked() {
        for (String src : new String[] {
            "file:///etc/passwd",
            "FILE:" + tmp.resolve("secret.png").toUri().getPath(),
            tmp.resolve("site/public/images/a.png").toUri().toString()
        }) {
            assertTrue(
                    resolver.resolve(src) instanceof ResolvedImage.Blocked b
                            && b.reason().contains("file:"),
                    src);
        }
    }

    @Test
    void symlinksLeadingOutOfTheSiteAreBlocked() throws IOException {
        Path post = site.resolve("src/data/blog/post");
        Files.createSymbolicLink(post.resolve("link.png"), tmp.resolve("secret.png"));
        Files.createSymbolicLink(site.resolve("public/outside"), tmp);
        assertTrue(
                resolver.resolve("link.png") instanceof ResolvedImage.Blocked b
                        && b.reason().contains("link"),
                String.valueOf(resolver.resolve("link.png")));
        assertTrue(resolver.resolve("/outside/secret.png") instanceof ResolvedImage.Blocked);
        // a link that stays inside the site is fine
        Files.createSymbolicLink(post.resolve("inside.png"), site.resolve("public/images/a.png"));
        assertEquals(new ResolvedImage.Local(post.resolve("inside.png")), resolver.resolve("inside.png"));
    }

    @Test
    void pathsInsideTheSiteStillResolve() {
        Path post = site.resolve("src/data/blog/post");
        assertEquals(new ResolvedImage.Local(site.resolve("public/images/a.png")), resolver.resolve("/images/a.png"));
        assertEquals(
                new ResolvedImage.Local(site.resolve("public/images/a.png")),
                resolver.resolve("/images/../images/a.png"));
        assertEquals(
                new ResolvedImage.Local(site.resolve("src/assets/b.png")), resolver.resolve("../../../assets/b.png"));
        assertEquals(
                new ResolvedImage.Local(site.resolve("src/assets/b.png")),
                resolver.resolve("%2e%2e/%2e%2e/%2e%2e/assets/b.png"));
        assertEquals(new ResolvedImage.Local(post.resolve("c.png")), resolver.resolve("./c.png"));
        assertTrue(resolver.resolve("../../../assets/none.png") instanceof ResolvedImage.Missing);
    }

    @Test
    void siteRootPathsStayInThePublicFolder() {
        // "/.." cannot leave the web root, and the source tree is not served: blocked, even though inside the site
        assertTrue(resolver.resolve("/../src/assets/b.png") instanceof ResolvedImage.Blocked);
    }

    @Test
    void withoutASiteRootOnlyThePublicAndPostFoldersCount() {
        Path post = site.resolve("src/data/blog/post");
        SiteImageResolver narrow = new SiteImageResolver(site.resolve("public"), post);
        assertTrue(narrow.resolve("../../../assets/b.png") instanceof ResolvedImage.Blocked);
        assertEquals(new ResolvedImage.Local(post.resolve("c.png")), narrow.resolve("c.png"));
    }
}
