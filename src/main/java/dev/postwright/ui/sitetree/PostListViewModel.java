package dev.postwright.ui.sitetree;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar's state: all posts of the site, the filter text and the sort order.
 *
 * <p>Built for sites of 10,000 posts (issue 23): each row's filter text is lowercased and its title's collation key
 * made once, when the row arrives; each order is sorted once and then kept up to date row by row; a keystroke in the
 * filter scans the kept order (or, when the filter only grew, the rows it showed) and replaces the visible rows in one
 * change. JavaFX's FilteredList and SortedList re-sorted the whole list through the collator whenever the filter
 * changed and searched it linearly for each changed row.
 *
 * <p>A site with more than one collection is shown in groups, one per collection in the site's order, each filtered
 * and sorted on its own (issue 17).
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

    private final Collator collator = collator();
    private final Map<Path, RowKey> byPath = new HashMap<>();
    /** Every row in each order asked for so far; dropped orders are sorted again only when asked for again. */
    private final Map<Sort, List<RowKey>> orders = new EnumMap<>(Sort.class);

    private final RowList visible = new RowList();
    private final ObservableList<PostRow> visibleView = FXCollections.unmodifiableObservableList(visible);
    /** The rows behind {@link #visible}, with their keys, and the filter and order that chose them. */
    private List<RowKey> shown = List.of();

    private String shownFilter = "";
    private Sort shownSort;

    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.NEWEST_FIRST);
    /** Visible rows per collection while grouped, else empty; a new map at every change of the visible rows. */
    private final ObjectProperty<Map<String, Integer>> groupCounts = new SimpleObjectProperty<>(Map.of());

    private boolean grouped;

    public PostListViewModel() {
        filter.addListener((obs, old, text) -> refresh(false));
        sort.addListener((obs, old, s) -> refresh(false));
        refresh(false);
    }

    /** Loads the title collator's rules, slow the first time; for a thread that has time while the window starts. */
    public static void prepareSorting() {
        collator().getCollationKey("warm up");
    }

    private static Collator collator() {
        return Collator.getInstance(Locale.ROOT);
    }

    /**
     * The list's order for {@code s}, on the precomputed collation keys (which compare as the collator does); the path
     * breaks ties, so posts with equal titles and dates keep one order.
     */
    private static Comparator<RowKey> keyComparator(Sort s) {
        Comparator<RowKey> byTitle = (a, b) -> a.title().compareTo(b.title());
        Comparator<RowKey> byDate = Comparator.comparing(k -> k.row().sortTime());
        Comparator<RowKey> order = switch (s) {
            case NEWEST_FIRST -> byDate.reversed().thenComparing(byTitle);
            case OLDEST_FIRST -> byDate.thenComparing(byTitle);
            case TITLE -> byTitle.thenComparing(byDate.reversed());
        };
        return order.thenComparing(RowKey::pathText);
    }

    /** The order of {@code s}, after the collection's group when the rows are grouped. */
    private Comparator<RowKey> comparator(Sort s) {
        Comparator<RowKey> within = keyComparator(s);
        return grouped
                ? Comparator.<RowKey>comparingInt(k -> k.row().collectionOrder())
                        .thenComparing(k -> k.row().collection())
                        .thenComparing(within)
                : within;
    }

    /** Replaces every row (a site was opened or re-indexed). */
    public void setAll(Collection<PostRow> rows) {
        byPath.clear();
        orders.clear();
        for (PostRow r : rows) {
            byPath.put(r.path(), RowKey.of(marked(r), collator));
        }
        refresh(true);
    }

    private final Map<Path, GitMark> gitMarks = new HashMap<>();

    /** The git state of each post (absent: clean, or no git); rows keep it when they are rebuilt. */
    public void setGitMarks(Map<Path, GitMark> marks) {
        gitMarks.clear();
        gitMarks.putAll(marks);
        upsertAll(byPath.values().stream().map(RowKey::row).toList());
    }

    private PostRow marked(PostRow row) {
        return row.withGit(gitMarks.getOrDefault(row.path(), GitMark.NONE));
    }

    /** Adds or replaces the row of one post (a post changed). */
    public void upsert(PostRow row) {
        upsertAll(List.of(row));
    }

    /**
     * Adds or replaces many rows in one go (posts streaming in while a site opens, or every post's problem counts):
     * rows equal to the ones shown are left alone, and when no row moves the list gets one change that replaces
     * only the changed rows, so selection and scroll position stay.
     */
    public void upsertAll(Collection<PostRow> rows) {
        Map<Path, PostRow> latest = new LinkedHashMap<>();
        rows.forEach(r -> latest.put(r.path(), marked(r)));
        List<RowKey> moved = new ArrayList<>();
        Map<Path, RowKey> replaced = new HashMap<>();
        for (PostRow row : latest.values()) {
            RowKey old = byPath.get(row.path());
            if (old != null && old.row().equals(row)) {
                continue; // an unchanged row would still make the list re-measure its rows
            }
            RowKey key = old != null && old.sameKeys(row) ? old.with(row) : RowKey.of(row, collator);
            byPath.put(row.path(), key);
            if (old != null && old.sameKeys(row)) {
                replaced.put(row.path(), key);
            } else {
                if (old != null) {
                    orders.values().forEach(list -> list.remove(old));
                }
                moved.add(key);
            }
        }
        if (moved.isEmpty() && replaced.isEmpty()) {
            return;
        }
        for (Map.Entry<Sort, List<RowKey>> e : orders.entrySet()) {
            List<RowKey> list = e.getValue();
            if (!replaced.isEmpty()) {
                list.replaceAll(k -> replaced.getOrDefault(k.row().path(), k));
            }
            if (!moved.isEmpty()) {
                // the kept order and the new rows are two sorted runs: TimSort merges them in one pass
                moved.sort(comparator(e.getKey()));
                list.addAll(moved);
                list.sort(comparator(e.getKey()));
            }
        }
        refresh(true);
    }

    /** Makes the rows exactly {@code rows}: as {@link #upsertAll}, and rows of other paths are dropped. */
    public void replaceAll(Collection<PostRow> rows) {
        Set<Path> keep = new HashSet<>();
        rows.forEach(r -> keep.add(r.path()));
        List<RowKey> gone = new ArrayList<>();
        byPath.values().removeIf(k -> !keep.contains(k.row().path()) && gone.add(k));
        if (!gone.isEmpty()) {
            Set<RowKey> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
            dropped.addAll(gone);
            orders.values().forEach(list -> list.removeIf(dropped::contains));
            refresh(true);
        }
        upsertAll(rows);
    }

    public void remove(Path path) {
        RowKey old = byPath.remove(path);
        if (old != null) {
            orders.values().forEach(list -> list.remove(old));
            refresh(true);
        }
    }

    public Optional<PostRow> row(Path path) {
        return Optional.ofNullable(byPath.get(path)).map(RowKey::row);
    }

    public ObservableList<PostRow> visibleRows() {
        return visibleView;
    }

    public int totalCount() {
        return byPath.size();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
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

    /** Groups the rows when they come from two collections or more; a site with one looks as it always did. */
    private void regroup() {
        boolean now = byPath.values().stream()
                        .map(k -> k.row().collection())
                        .filter(c -> !c.isEmpty())
                        .distinct()
                        .limit(2)
                        .count()
                > 1;
        if (now != grouped) {
            grouped = now;
            orders.clear(); // every kept order was sorted with or without the groups
        }
    }

    private void countGroups() {
        if (!grouped) {
            if (!groupCounts.get().isEmpty()) {
                groupCounts.set(Map.of());
            }
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (RowKey k : shown) {
            counts.merge(k.row().collection(), 1, Integer::sum);
        }
        groupCounts.set(counts);
    }

    /** Chooses the rows to show and hands them to the list as one change. */
    private void refresh(boolean dataChanged) {
        if (dataChanged) {
            regroup();
        }
        String f = RowKey.normalize(filter.get());
        Sort s = sort.get();
        List<RowKey> from;
        if (!dataChanged && s == shownSort && !shownFilter.isEmpty() && f.startsWith(shownFilter)) {
            from = shown; // the filter only grew: what it shows now is among what it showed
        } else {
            from = order(s);
        }
        List<RowKey> next = new ArrayList<>(f.isEmpty() ? from.size() : Math.min(from.size(), 256));
        for (RowKey k : from) {
            if (k.matches(f)) {
                next.add(k);
            }
        }
        shown = next;
        shownFilter = f;
        shownSort = s;
        visible.show(next);
        countGroups();
    }

    private List<RowKey> order(Sort s) {
        return orders.computeIfAbsent(s, x -> {
            List<RowKey> list = new ArrayList<>(byPath.values());
            list.sort(comparator(x));
            return list;
        });
    }
}
