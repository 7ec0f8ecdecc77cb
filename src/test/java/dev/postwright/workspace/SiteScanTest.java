package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.TestSites;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.PostSummary;
import dev.postwright.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteScanTest {

    @TempDir
    Path tmp;

    @Test
    void aLargeSiteListsEveryPostOnceFromItsFrontMatterAsTheFullReadWould() {
        int n = SiteScan.EARLY_ROWS_FROM + 3 * SiteScan.BATCH + 17;
        Path root = LargeSites.write(tmp.resolve("site"), n);
        List<List<PostSummary>> batches = Collections.synchronizedList(new ArrayList<>());
        EarlyPosts early = new EarlyPosts();
        early.listen(batches::add);

        SiteScan scan = SiteScan.scan(root, SiteConfig.defaults(), early);

        List<PostSummary> listed = batches.stream().flatMap(List::stream).toList();
        assertEquals(n, listed.size(), "every post, none twice");
        assertEquals(
                n,
                listed.stream()
                        .map(PostSummary::path)
                        .collect(Collectors.toSet())
                        .size());
        assertTrue(batches.size() > 1, "in batches, so the first rows come before the last post is read");
        SiteSession session = SiteSession.openIndexed(scan, new MarkdownEngine(), TestClocks.JUNE_2026);
        for (PostSummary early1 : listed) {
            PostSummary full = session.index().get(early1.path()).orElseThrow();
            assertEquals(full.title(), early1.title());
            assertEquals(full.url(), early1.url());
            assertEquals(full.slug(), early1.slug());
            assertEquals(full.tags(), early1.tags());
            assertEquals(full.pubDate(), early1.pubDate());
        }
        assertEquals(
                LargeSites.title(42),
                session.index().get(LargeSites.post(root, 42)).orElseThrow().title());
    }

    @Test
    void aSmallSiteIsNotReadTwice() {
        Path root = LargeSites.write(tmp.resolve("small"), 12);
        List<PostSummary> listed = Collections.synchronizedList(new ArrayList<>());
        EarlyPosts early = new EarlyPosts();
        early.listen(listed::addAll);

        SiteScan scan = SiteScan.scan(root, SiteConfig.defaults(), early);

        assertEquals(List.of(), listed);
        assertEquals(12, scan.posts().size());
    }

    @Test
    void postsThatArriveBeforeAnyoneListensAreHandedOverFirst() {
        Path root = LargeSites.write(tmp.resolve("site"), SiteScan.EARLY_ROWS_FROM + 5);
        EarlyPosts early = new EarlyPosts();
        SiteScan.scan(root, SiteConfig.defaults(), early); // the launcher reads while the window starts

        List<List<PostSummary>> handed = new ArrayList<>();
        early.listen(handed::add);

        assertEquals(1, handed.size());
        assertEquals(SiteScan.EARLY_ROWS_FROM + 5, handed.get(0).size());
        Set<Path> paths = new HashSet<>();
        handed.get(0).forEach(s -> assertTrue(paths.add(s.path())));
    }

    @Test
    void anUnreadablePostIsLeftToTheFullReadWhichReportsIt() throws Exception {
        Path root = LargeSites.write(tmp.resolve("site"), SiteScan.EARLY_ROWS_FROM);
        Path folder = root.resolve("src/data/blog/a-folder.md");
        Files.createDirectories(folder);
        Path broken = TestSites.write(root.resolve("src/data/blog/binary.md"), new byte[] {0, 1, 2, 0, (byte) 0xff});
        List<PostSummary> listed = Collections.synchronizedList(new ArrayList<>());
        EarlyPosts early = new EarlyPosts();
        early.listen(listed::addAll);

        SiteScan scan = SiteScan.scan(root, SiteConfig.defaults(), early);
        SiteSession session = SiteSession.openIndexed(scan, new MarkdownEngine(), TestClocks.JUNE_2026);

        Path brokenKey = broken.toAbsolutePath().normalize();
        assertTrue(listed.stream().noneMatch(s -> s.path().equals(brokenKey)));
        assertEquals(SiteScan.EARLY_ROWS_FROM, listed.size());
        assertTrue(
                session.unreadable().containsKey(brokenKey),
                session.unreadable().toString());
    }
}
