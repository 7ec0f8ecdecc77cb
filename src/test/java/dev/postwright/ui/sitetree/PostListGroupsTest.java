package dev.postwright.ui.sitetree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sidebar's groups: one per collection, in the site's order, filtered and sorted within; none for one. */
class PostListGroupsTest {

    private static PostRow row(String collection, int order, String name, String date) {
        return new PostRow(
                        Path.of(collection, name + ".md"),
                        name,
                        Instant.parse(date + "T00:00:00Z"),
                        date,
                        "/" + collection + "/" + name + "/",
                        name,
                        List.of(),
                        false,
                        false,
                        false,
                        0,
                        0)
                .withCollection(collection, order);
    }

    private final PostListViewModel vm = new PostListViewModel();

    private List<String> shown() {
        return IntStream.range(0, vm.visibleRows().size())
                .mapToObj(i -> vm.groupHeader(i).map(h -> "[" + h + "] ").orElse("")
                        + vm.visibleRows().get(i).title())
                .toList();
    }

    @Test
    void twoCollectionsAreShownInTheSitesOrderEachSortedOnItsOwn() {
        vm.setAll(List.of(
                row("notes", 1, "kiln log", "2026-03-01"),
                row("posts", 0, "first firing", "2025-01-01"),
                row("posts", 0, "glaze tests", "2025-06-01"),
                row("notes", 1, "ash glaze", "2026-01-01")));
        assertTrue(vm.grouped());
        assertEquals(
                List.of("[posts · 2 posts] glaze tests", "first firing", "[notes · 2 posts] kiln log", "ash glaze"),
                shown());
        vm.sortProperty().set(PostListViewModel.Sort.TITLE);
        assertEquals(
                List.of("[posts · 2 posts] first firing", "glaze tests", "[notes · 2 posts] ash glaze", "kiln log"),
                shown());
        vm.filterProperty().set("glaze");
        assertEquals(List.of("[posts · 1 post] glaze tests", "[notes · 1 post] ash glaze"), shown());
        vm.filterProperty().set("kiln");
        assertEquals(List.of("[notes · 1 post] kiln log"), shown());
    }

    @Test
    void oneCollectionHasNoHeaderAndASecondOneArrivingMakesTheGroups() {
        vm.setAll(List.of(row("blog", 0, "a walk", "2025-01-01"), row("blog", 0, "a climb", "2025-02-01")));
        assertFalse(vm.grouped());
        assertEquals(List.of("a climb", "a walk"), shown());
        assertEquals(Optional.empty(), vm.groupHeader(0));

        vm.upsert(row("notes", 1, "a note", "2027-01-01"));
        assertTrue(vm.grouped());
        assertEquals(List.of("[blog · 2 posts] a climb", "a walk", "[notes · 1 post] a note"), shown());

        vm.remove(Path.of("notes", "a note.md"));
        assertFalse(vm.grouped());
        assertEquals(List.of("a climb", "a walk"), shown());
    }

    @Test
    void pagesOutsideAnySectionGoLastUnderTheirOwnHeader() {
        vm.setAll(List.of(
                row("", Integer.MAX_VALUE, "about", "2020-01-01"),
                row("posts", 0, "trains", "2025-01-01"),
                row("recipes", 0, "rye", "2025-02-01")));
        assertEquals(
                List.of("[posts · 1 post] trains", "[recipes · 1 post] rye", "[other pages · 1 post] about"), shown());
    }
}
