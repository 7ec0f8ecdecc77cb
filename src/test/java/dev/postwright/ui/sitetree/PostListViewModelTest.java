package dev.postwright.ui.sitetree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class PostListViewModelTest {

    private static PostRow row(String name, String title, String date, List<String> tags) {
        return new PostRow(
                Path.of(name + ".md"),
                title,
                Instant.parse(date + "T00:00:00Z"),
                date,
                "/posts/" + name + "/",
                name,
                tags,
                false,
                false,
                false,
                0,
                0);
    }

    private final PostListViewModel vm = new PostListViewModel();

    {
        vm.setAll(List.of(
                row("bread", "Bread at altitude", "2025-03-01", List.of("baking")),
                row("ridge", "A ridge walk", "2025-05-01", List.of("hiking", "maps")),
                row("film", "Developing film", "2024-11-01", List.of("darkroom"))));
    }

    private List<String> titles() {
        return vm.visibleRows().stream().map(PostRow::title).toList();
    }

    @Test
    void newestFirstByDefault() {
        assertEquals(List.of("A ridge walk", "Bread at altitude", "Developing film"), titles());
    }

    @Test
    void sortsByTitleAndOldest() {
        vm.sortProperty().set(PostListViewModel.Sort.TITLE);
        assertEquals(List.of("A ridge walk", "Bread at altitude", "Developing film"), titles());
        vm.sortProperty().set(PostListViewModel.Sort.OLDEST_FIRST);
        assertEquals(List.of("Developing film", "Bread at altitude", "A ridge walk"), titles());
    }

    @Test
    void filtersByTitleTagAndSlug() {
        vm.filterProperty().set("FILM");
        assertEquals(List.of("Developing film"), titles());
        vm.filterProperty().set("#maps");
        assertEquals(List.of("A ridge walk"), titles());
        vm.filterProperty().set("bread");
        assertEquals(List.of("Bread at altitude"), titles());
        vm.filterProperty().set("nothing-matches");
        assertEquals(List.of(), titles());
        vm.filterProperty().set("");
        assertEquals(3, titles().size());
    }

    @Test
    void upsertOfAnUnchangedRowChangesNothingTheListWouldRedraw() {
        int[] changes = {0};
        vm.visibleRows().addListener((ListChangeListener<PostRow>) c -> changes[0]++);
        vm.upsert(row("film", "Developing film", "2024-11-01", List.of("darkroom")));
        assertEquals(0, changes[0], "an equal row is not set again");
        vm.upsert(row("film", "Developing film", "2024-11-01", List.of("darkroom", "chemistry")));
        assertEquals(1, changes[0], "a changed row is");
    }

    @Test
    void upsertReplacesTheRowOfTheSamePath() {
        vm.upsert(row("film", "Developing film, revised", "2024-11-01", List.of("darkroom")));
        assertEquals(3, vm.totalCount());
        assertEquals(
                "Developing film, revised",
                vm.row(Path.of("film.md")).orElseThrow().title());
        vm.remove(Path.of("film.md"));
        assertEquals(2, vm.totalCount());
    }

    @Test
    void newCountsForEveryPostAreOneChangeThatReplacesOnlyTheChangedRows() {
        List<String> changes = new ArrayList<>();
        vm.visibleRows().addListener((ListChangeListener<PostRow>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "other ")
                        + c.getFrom()
                        + ".."
                        + c.getTo());
            }
            changes.add("|");
        });
        List<PostRow> counted = vm.visibleRows().stream()
                .map(r -> r.title().startsWith("Bread") ? r : r.withCounts(2, 1))
                .toList();
        vm.upsertAll(counted);
        // newest first: ridge (0), bread (1, unchanged), film (2)
        assertEquals(List.of("replaced 0..1", "replaced 2..3", "|"), changes);
        assertEquals(2, vm.row(Path.of("film.md")).orElseThrow().errors());
    }

    @Test
    void rowsStreamingInJoinTheOrderAndTheFilterInPlace() {
        vm.filterProperty().set("walk");
        vm.upsertAll(List.of(
                row("coast", "A coast walk", "2025-06-01", List.of("hiking")),
                row("moor", "Moor walk", "2023-01-01", List.of("hiking"))));
        assertEquals(List.of("A coast walk", "A ridge walk", "Moor walk"), titles());
        vm.filterProperty().set("");
        assertEquals(5, vm.totalCount());
        assertEquals("A coast walk", titles().get(0));
        assertEquals("Developing film", titles().get(3));
    }

    @Test
    void gitMarksStayOnRowsThatAreRebuiltAndGoWhenThePostIsClean() {
        vm.setGitMarks(Map.of(Path.of("film.md"), GitMark.MODIFIED, Path.of("bread.md"), GitMark.NEW));
        assertEquals(GitMark.MODIFIED, vm.row(Path.of("film.md")).orElseThrow().git());
        assertEquals(GitMark.NONE, vm.row(Path.of("ridge.md")).orElseThrow().git(), "a clean post has no mark");
        // the row is rebuilt after an analysis (without a mark of its own): it keeps the post's git state
        vm.upsert(row("film", "Developing film, revised", "2024-11-01", List.of("darkroom")));
        assertEquals(GitMark.MODIFIED, vm.row(Path.of("film.md")).orElseThrow().git());
        vm.setGitMarks(Map.of(Path.of("bread.md"), GitMark.ADDED)); // film committed, bread staged
        assertEquals(GitMark.NONE, vm.row(Path.of("film.md")).orElseThrow().git());
        assertEquals(GitMark.ADDED, vm.row(Path.of("bread.md")).orElseThrow().git());
    }
}
