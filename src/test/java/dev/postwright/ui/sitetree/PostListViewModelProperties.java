package dev.postwright.ui.sitetree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The sidebar's kept orders, incremental filtering and batched updates show exactly what a plain filter and sort of
 * all rows would, after any sequence of site loads, streamed rows, changed rows, removals, filter keystrokes and sort
 * changes. Small alphabets on purpose: equal titles, equal dates and tags shared by many posts are where kept orders
 * and incremental filters go wrong.
 */
class PostListViewModelProperties {

    sealed interface Op permits SetAll, Upsert, Remove, Filter, SortBy {}

    record SetAll(List<PostRow> rows) implements Op {}

    record Upsert(List<PostRow> rows) implements Op {}

    record Remove(Path path) implements Op {}

    record Filter(String text) implements Op {}

    record SortBy(PostListViewModel.Sort sort) implements Op {}

    @Property(tries = 300)
    void visibleRowsEqualAPlainFilterAndSort(@ForAll("ops") List<Op> ops) {
        PostListViewModel vm = new PostListViewModel();
        Map<Path, PostRow> all = new LinkedHashMap<>();
        for (Op op : ops) {
            if (op instanceof SetAll s) {
                all.clear();
                s.rows().forEach(r -> all.put(r.path(), r));
                vm.setAll(s.rows());
            } else if (op instanceof Upsert u) {
                u.rows().forEach(r -> all.put(r.path(), r));
                if (u.rows().size() == 1) {
                    vm.upsert(u.rows().get(0));
                } else {
                    vm.upsertAll(u.rows());
                }
            } else if (op instanceof Remove r) {
                all.remove(r.path());
                vm.remove(r.path());
            } else if (op instanceof Filter f) {
                vm.filterProperty().set(f.text());
            } else if (op instanceof SortBy s) {
                vm.sortProperty().set(s.sort());
            }
            List<PostRow> expected = all.values().stream()
                    .filter(r -> r.matches(vm.filterProperty().get()))
                    .sorted(plainOrder(vm.sortProperty().get()))
                    .toList();
            assertEquals(expected, List.copyOf(vm.visibleRows()), () -> "after " + op);
            assertEquals(all.size(), vm.totalCount());
        }
    }

    /** The order written out plainly, comparing titles with the collator itself. */
    private static Comparator<PostRow> plainOrder(PostListViewModel.Sort sort) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        Comparator<PostRow> byTitle = (a, b) -> collator.compare(a.title(), b.title());
        Comparator<PostRow> byDate = Comparator.comparing(PostRow::sortTime);
        Comparator<PostRow> order = switch (sort) {
            case NEWEST_FIRST -> byDate.reversed().thenComparing(byTitle);
            case OLDEST_FIRST -> byDate.thenComparing(byTitle);
            case TITLE -> byTitle.thenComparing(byDate.reversed());
        };
        return order.thenComparing(r -> r.path().toString());
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(1, rows(0, 30).map(SetAll::new)),
                Tuple.of(3, rows(1, 8).map(Upsert::new)),
                Tuple.of(1, paths().map(Remove::new)),
                Tuple.of(4, filters().map(Filter::new)),
                Tuple.of(1, Arbitraries.of(PostListViewModel.Sort.class).map(SortBy::new)));
        return op.list().ofMinSize(1).ofMaxSize(25);
    }

    private static Arbitrary<Path> paths() {
        return Arbitraries.integers().between(0, 14).map(i -> Path.of("posts", "p" + i + ".md"));
    }

    private static Arbitrary<String> filters() {
        // growing prefixes ("r", "ri", "rid") come up often, as when typing; also tags, blanks and case
        return Arbitraries.of(
                "",
                " ",
                "r",
                "ri",
                "rid",
                "ridge",
                "R",
                " RI ",
                "#",
                "#h",
                "#hi",
                "#hiking",
                "#x",
                "é",
                "émile",
                "ΟΔΟΣ",
                "οδος",
                "/posts/",
                "p1",
                "a",
                "al",
                "alpha",
                "-",
                "zz",
                "line\nbreak",
                "e\n#h");
    }

    private static Arbitrary<List<PostRow>> rows(int min, int max) {
        Arbitrary<String> titles = Arbitraries.of(
                "Alpha", "alpha", "Émile", "Emile", "Ridge walk", "ridge", "ΟΔΟΣ", "Zeta", "", "A ridge, again");
        Arbitrary<Instant> dates = Arbitraries.of(
                Instant.MIN,
                Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2025-06-01T12:00:00Z"));
        Arbitrary<List<String>> tags =
                Arbitraries.of("hiking", "Hi-Fi", "maps", "x", "émile").list().ofMaxSize(3);
        Arbitrary<Integer> counts = Arbitraries.integers().between(0, 2);
        Arbitrary<PostRow> row = Combinators.combine(paths(), titles, dates, tags, counts)
                .as((path, title, date, t, n) -> new PostRow(
                        path,
                        title,
                        date,
                        date.toString(),
                        "/posts/" + path.getFileName().toString().replace(".md", "") + "/",
                        title.toLowerCase(Locale.ROOT).replace(' ', '-'),
                        t,
                        n == 1,
                        false,
                        false,
                        n,
                        2 - n));
        return row.list().ofMinSize(min).ofMaxSize(max).map(ArrayList::new);
    }
}
