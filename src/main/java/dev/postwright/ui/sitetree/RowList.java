package dev.postwright.ui.sitetree;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The sidebar's visible rows. Each update is one change: rows that kept their places are replaced where they differ
 * (the list keeps its selection and scroll position), anything else replaces the whole content at once. An
 * observable array list can do neither for 10,000 rows: each {@code set} is an event of its own.
 */
final class RowList extends ModifiableObservableListBase<PostRow> {

    private final ArrayList<PostRow> rows = new ArrayList<>();

    void show(List<RowKey> next) {
        beginChange();
        try {
            if (samePlaces(next)) {
                for (int i = 0; i < next.size(); i++) {
                    PostRow row = next.get(i).row();
                    if (!rows.get(i).equals(row)) {
                        nextSet(i, rows.set(i, row));
                    }
                }
            } else {
                if (!rows.isEmpty()) {
                    nextRemove(0, new ArrayList<>(rows));
                    rows.clear();
                }
                for (RowKey k : next) {
                    rows.add(k.row());
                }
                if (!rows.isEmpty()) {
                    nextAdd(0, rows.size());
                }
            }
        } finally {
            endChange();
        }
    }

    private boolean samePlaces(List<RowKey> next) {
        if (next.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).row().path().equals(rows.get(i).path())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PostRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, PostRow element) {
        rows.add(index, element);
    }

    @Override
    protected PostRow doSet(int index, PostRow element) {
        return rows.set(index, element);
    }

    @Override
    protected PostRow doRemove(int index) {
        return rows.remove(index);
    }
}
