package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSearchTest {

    @TempDir
    Path dir;

    private List<PostHits> search(SiteSession session, SearchQuery q, Map<Path, String> unsaved) {
        List<PostHits> out = new ArrayList<>();
        SiteSearch.run(session, q, unsaved, out::add, () -> false);
        return out;
    }

    @Test
    void plainTextIgnoresCaseAndGivesLineColumnAndTheLine() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Alpha", "# Alpha\n\nI use Gradle here.\nAnd gradle there.\n");
        site.simple("b.md", "Beta", "Nothing to see.\n");
        List<PostHits> hits = search(
                site.open(), new SearchQuery("gradle", false, false, false, SearchQuery.Scope.BODY, ""), Map.of());
        assertEquals(1, hits.size());
        PostHits a = hits.get(0);
        assertEquals("src/data/blog/a.md", a.relPath());
        assertEquals(2, a.hits().size());
        SearchHit first = a.hits().get(0);
        assertEquals(9, first.line());
        assertEquals(7, first.column());
        assertEquals("I use Gradle here.", first.lineText());
        assertEquals("Gradle", a.text().substring(first.start(), first.end()));
    }

    @Test
    void matchCaseAndWholeWordNarrowTheMatches() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Alpha", "Gradle gradle gradlew Gradle_x café cafés\n");
        SiteSession s = site.open();
        assertEquals(
                1,
                search(s, new SearchQuery("Gradle", false, true, true, SearchQuery.Scope.BODY, ""), Map.of())
                        .get(0)
                        .hits()
                        .size());
        assertEquals(
                2,
                search(s, new SearchQuery("gradle", false, true, false, SearchQuery.Scope.BODY, ""), Map.of())
                        .get(0)
                        .hits()
                        .size());
        assertEquals(
                4,
                search(s, new SearchQuery("gradle", false, false, false, SearchQuery.Scope.BODY, ""), Map.of())
                        .get(0)
                        .hits()
                        .size());
        // an accented letter is part of the word: 'caf' is not a whole word in 'café'
        assertTrue(search(s, new SearchQuery("caf", false, true, false, SearchQuery.Scope.BODY, ""), Map.of())
                .isEmpty());
        assertEquals(
                1,
                search(s, new SearchQuery("café", false, true, false, SearchQuery.Scope.BODY, ""), Map.of())
                        .get(0)
                        .hits()
                        .size());
    }

    @Test
    void scopeLimitsTheSearchToTheBodyOrOneField() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Rye bread", "Rye is in the body.\n");
        SiteSession s = site.open();
        List<SearchHit> body = search(
                        s, new SearchQuery("rye", false, false, false, SearchQuery.Scope.BODY, ""), Map.of())
                .get(0)
                .hits();
        assertEquals(1, body.size());
        assertEquals("", body.get(0).field());
        List<SearchHit> title = search(
                        s, new SearchQuery("rye", false, false, false, SearchQuery.Scope.FIELD, "title"), Map.of())
                .get(0)
                .hits();
        assertEquals(1, title.size());
        assertEquals("title", title.get(0).field());
        assertEquals(2, title.get(0).line());
        // the description mentions the title too: every field, then both
        assertEquals(
                2,
                search(s, new SearchQuery("rye", false, false, false, SearchQuery.Scope.FIELD, ""), Map.of())
                        .get(0)
                        .hits()
                        .size());
        assertEquals(
                3, search(s, SearchQuery.plain("rye"), Map.of()).get(0).hits().size());
        assertTrue(search(s, new SearchQuery("rye", false, false, false, SearchQuery.Scope.FIELD, "tags"), Map.of())
                .isEmpty());
    }

    @Test
    void regexFindsAndAnOpenTabsUnsavedTextIsSearchedInsteadOfTheFile() throws Exception {
        TinySite site = new TinySite(dir);
        Path a = site.simple("a.md", "Alpha", "version 1.2.3 on disk\n");
        SiteSession s = site.open();
        SearchQuery q = new SearchQuery("\\d+\\.\\d+\\.\\d+", true, false, false, SearchQuery.Scope.BODY, "");
        assertEquals("1.2.3", first(search(s, q, Map.of())));
        String buffer = s.analysis(a).get().text().replace("1.2.3", "4.5.6");
        List<PostHits> unsaved = search(s, q, Map.of(a.toAbsolutePath().normalize(), buffer));
        assertEquals("4.5.6", first(unsaved));
        assertTrue(unsaved.get(0).unsaved());
    }

    private static String first(List<PostHits> hits) {
        SearchHit h = hits.get(0).hits().get(0);
        return hits.get(0).text().substring(h.start(), h.end());
    }

    @Test
    void anInvalidRegexIsReportedInWordsAndFindsNothing() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Alpha", "text\n");
        List<PostHits> out = new ArrayList<>();
        SiteSearch.Outcome o = SiteSearch.run(
                site.open(),
                new SearchQuery("(unclosed", true, false, false, SearchQuery.Scope.BOTH, ""),
                Map.of(),
                out::add,
                () -> false);
        assertTrue(out.isEmpty());
        assertTrue(
                o.notes().get(0).startsWith("The regular expression is not valid"),
                o.notes().toString());
    }

    @Test
    void aCatastrophicRegexIsStoppedOnThatPostAndTheOthersAreStillSearched() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Alpha", "a".repeat(40) + "\n");
        site.simple("b.md", "Beta", "zzz\n");
        List<PostHits> out = new ArrayList<>();
        long t0 = System.nanoTime();
        SiteSearch.Outcome o = SiteSearch.run(
                site.open(),
                new SearchQuery("(.*a){41}|zzz", true, false, true, SearchQuery.Scope.BODY, ""),
                Map.of(),
                out::add,
                () -> false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 10_000, "took " + ms + " ms");
        assertEquals(1, o.notes().size(), o.notes().toString());
        assertTrue(o.notes().get(0).startsWith("src/data/blog/a.md: the regular expression took too long"));
        assertEquals(1, out.size());
        assertEquals("src/data/blog/b.md", out.get(0).relPath());
    }

    @Test
    void cancellingStopsTheSearch() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Alpha", "word\n");
        site.simple("b.md", "Beta", "word\n");
        List<PostHits> out = new ArrayList<>();
        SiteSearch.Outcome o =
                SiteSearch.run(site.open(), SearchQuery.plain("word"), Map.of(), h -> out.add(h), () -> !out.isEmpty());
        assertTrue(o.cancelled());
        assertEquals(1, out.size());
        assertFalse(SiteSearch.run(site.open(), SearchQuery.plain("word"), Map.of(), h -> {}, () -> false)
                .cancelled());
    }
}
