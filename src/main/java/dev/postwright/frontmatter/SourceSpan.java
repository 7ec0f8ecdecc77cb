package dev.postwright.frontmatter;

import java.util.List;

/**
 * Where a TOML or JSON field's pieces sit in the whole file, for splicing: the key, the value and, for an array
 * value, each item. {@code spliceable} is false for what is not one {@code key = value} line: a TOML table
 * ({@code [params]}), an array of tables, or a dotted key; those are edited in the Raw view.
 */
record SourceSpan(int keyStart, int keyEnd, int valueStart, int valueEnd, List<Item> items, boolean spliceable) {

    SourceSpan {
        items = List.copyOf(items);
    }

    /** One array item's source, {@code [start, end)} in the whole file. */
    record Item(int start, int end) {}
}
