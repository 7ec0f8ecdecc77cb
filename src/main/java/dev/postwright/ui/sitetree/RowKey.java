package dev.postwright.ui.sitetree;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;

/**
 * A row with what filtering and sorting it needs, worked out once: its title, slug, URL and tags lowercased and
 * joined by line breaks (a filter typed in one line cannot match across them), and its title's collation key.
 */
record RowKey(PostRow row, String text, String tags, CollationKey title, String pathText) {

    static RowKey of(PostRow row, Collator collator) {
        return with(row, collator.getCollationKey(row.title()));
    }

    private static RowKey with(PostRow row, CollationKey title) {
        String tags = String.join("\n", row.tags()).toLowerCase(Locale.ROOT);
        String text = (row.title() + "\n" + row.slug() + "\n" + row.url()).toLowerCase(Locale.ROOT) + "\n" + tags;
        return new RowKey(row, text, tags, title, row.path().toString());
    }

    /** The same key for a changed row whose place in every order is the same (title and date unchanged). */
    RowKey with(PostRow changed) {
        return with(changed, title);
    }

    boolean sameKeys(PostRow other) {
        return row.path().equals(other.path())
                && row.title().equals(other.title())
                && row.sortTime().equals(other.sortTime());
    }

    /** The filter as {@link PostRow#matches} reads it: stripped and lowercased; empty matches everything. */
    static String normalize(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }

    /** {@link PostRow#matches} on the precomputed text; {@code f} is normalized. */
    boolean matches(String f) {
        if (f.isEmpty()) {
            return true;
        }
        if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
            return row.matches(f); // a pasted line break could match across the joined fields
        }
        if (f.charAt(0) == '#') {
            return !row.tags().isEmpty() && tags.contains(f.substring(1));
        }
        return text.contains(f);
    }
}
