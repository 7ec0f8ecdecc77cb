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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/** The sidebar's state: all posts of the site, the filter text and the sort order. */
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

    public PostListViewModel() {
        filter.addListener((obs, old, text) -> filtered.setPredicate(r -> r.matches(text)));
        sort.addListener((obs, old, s) -> visible.setComparator(comparator(s)));
        visible.setComparator(comparator(sort.get()));
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
        all.setAll(rows.stream().map(this::marked).toList());
    }

    private final Map<Path, GitMark> gitMarks = new HashMap<>();

    /** The git state of each post (absent: clean, or no git); rows keep it when they are rebuilt. */
    public void setGitMarks(Map<Path, GitMark> marks) {
        gitMarks.clear();
        gitMarks.putAll(marks);
        for (int i = 0; i < all.size(); i++) {
            PostRow marked = marked(all.get(i));
            if (marked.git() != all.get(i).git()) {
                all.set(i, marked);
            }
        }
    }

    private PostRow marked(PostRow row) {
        return row.withGit(gitMarks.getOrDefault(row.path(), GitMark.NONE));
    }

    /** Adds or replaces the row of one post (a post changed). */
    public void upsert(PostRow unmarked) {
        PostRow row = marked(unmarked);
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
