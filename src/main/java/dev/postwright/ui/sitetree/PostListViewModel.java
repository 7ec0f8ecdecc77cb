package dev.postwright.ui.sitetree;

import java.nio.file.Path;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The sidebar's state: all posts of the site, the filter text and the sort order. A site with more than one
 * collection is shown in groups, one per collection in the site's order, each filtered and sorted on its own.
 */
public final class PostListViewModel {

    /** How the list is ordered. */
    public enum Sort {
        NEWEST_FIRST("Newest first"),
        OLDEST_FIRST("Oldest first"),
        TITLE("Title A–Z");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<PostRow> all = FXCollections.observableArrayList();
    private final FilteredList<PostRow> filtered = new FilteredList<>(all, r -> true);
    private final SortedList<PostRow> visible = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.NEWEST_FIRST);
    /** Visible rows per collection while grouped, else empty; a new map at every change of the visible rows. */
    private final ObjectProperty<Map<String, Integer>> groupCounts = new SimpleObjectProperty<>(Map.of());

    private boolean grouped;

    public PostListViewModel() {
        filter.addListener((obs, old, text) -> filtered.setPredicate(r -> r.matches(text)));
        sort.addListener((obs, old, s) -> visible.setComparator(ordered(s)));
        visible.setComparator(comparator(sort.get()));
        visible.addListener((ListChangeListener<PostRow>) c -> countGroups());
        all.addListener((ListChangeListener<PostRow>) c -> regroup());
    }

    /** Groups the rows when they come from two collections or more; a site with one looks as it always did. */
    private void regroup() {
        boolean now = all.stream()
                        .map(PostRow::collection)
                        .filter(c -> !c.isEmpty())
                        .distinct()
                        .limit(2)
                        .count()
                > 1;
        if (now != grouped) {
            grouped = now;
            visible.setComparator(ordered(sort.get()));
            countGroups();
        }
    }

    private Comparator<PostRow> ordered(Sort s) {
        Comparator<PostRow> within = comparator(s);
        return grouped
                ? Comparator.comparingInt(PostRow::collectionOrder)
                        .thenComparing(PostRow::collection)
                        .thenComparing(within)
                : within;
    }

    private void countGroups() {
        if (!grouped) {
            if (!groupCounts.get().isEmpty()) {
                groupCounts.set(Map.of());
            }
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (PostRow r : visible) {
            counts.merge(r.collection(), 1, Integer::sum);
        }
        groupCounts.set(counts);
    }

    /** Whether the rows are shown in groups, one per collection. */
    public boolean grouped() {
        return grouped;
    }

    /** Changes whenever a group's header may have to change: its count, or which row starts it. */
    public ReadOnlyObjectProperty<Map<String, Integer>> groupCountsProperty() {
        return groupCounts;
    }

    /**
     * The header shown above the visible row at {@code index} when that row starts its collection's group
     * ("notes · 2 posts"); empty when the rows are not grouped or the row is not a group's first.
     */
    public Optional<String> groupHeader(int index) {
        if (!grouped || index < 0 || index >= visible.size()) {
            return Optional.empty();
        }
        String collection = visible.get(index).collection();
        if (index > 0 && visible.get(index - 1).collection().equals(collection)) {
            return Optional.empty();
        }
        int n = groupCounts.get().getOrDefault(collection, 0);
        String name = collection.isEmpty() ? "other pages" : collection;
        return Optional.of(name + " · " + n + (n == 1 ? " post" : " posts"));
    }

    /** Loads the title collator's rules, slow the first time; for a thread that has time while the window starts. */
    public static void prepareSorting() {
        collator();
    }

    private static Collator collator() {
        return Collator.getInstance(Locale.ROOT);
    }

    private static Comparator<PostRow> comparator(Sort s) {
        Collator collator = collator();
        Comparator<PostRow> byTitle = Comparator.comparing(PostRow::title, collator);
        Comparator<PostRow> byDate = Comparator.comparing(PostRow::sortTime);
        return switch (s) {
            case NEWEST_FIRST -> byDate.reversed().thenComparing(byTitle);
            case OLDEST_FIRST -> byDate.thenComparing(byTitle);
            case TITLE -> byTitle.thenComparing(byDate.reversed());
        };
    }

    /** Replaces every row (a site was opened or re-indexed). */
    public void setAll(Collection<PostRow> rows) {
        all.setAll(rows);
    }

    /** Adds or replaces the row of one post (a post changed). */
    public void upsert(PostRow row) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).path().equals(row.path())) {
                if (!all.get(i).equals(row)) { // an unchanged row would still make the list re-measure its rows
                    all.set(i, row);
                }
                return;
            }
        }
        all.add(row);
    }

    public void remove(Path path) {
        all.removeIf(r -> r.path().equals(path));
    }

    public Optional<PostRow> row(Path path) {
        return all.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    public ObservableList<PostRow> visibleRows() {
        return visible;
    }

    public int totalCount() {
        return all.size();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }
}
