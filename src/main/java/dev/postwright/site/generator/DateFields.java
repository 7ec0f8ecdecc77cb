package dev.postwright.site.generator;

import dev.postwright.site.Preset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The date fields Postwright reads, gathered from every generator in {@link Preset} order. Reading is lenient on
 * purpose (a post brought over from another kind of site keeps its dates in the index, headers and date rules);
 * writing is not: a new or updated date goes to the site's own {@link Generator#publishedDateField()} and
 * {@link Generator#modifiedDateField()}.
 */
public final class DateFields {

    private DateFields() {}

    /** Publication date fields, read in this order: {@code pubDatetime}, {@code date}. */
    public static List<String> published() {
        return pairs().stream().map(p -> p.get(0)).toList();
    }

    /** "Last updated" fields, read in this order: {@code modDatetime}, {@code lastmod}, {@code last_modified_at}. */
    public static List<String> modified() {
        return pairs().stream().flatMap(p -> p.subList(1, p.size()).stream()).toList();
    }

    /** Per publication field, that field first and then the modification fields that pair with it. */
    public static List<List<String>> pairs() {
        Map<String, List<String>> byPublished = new LinkedHashMap<>();
        for (Preset p : Preset.values()) {
            Generator g = p.generator();
            List<String> pair = byPublished.computeIfAbsent(g.publishedDateField(), k -> new ArrayList<>(List.of(k)));
            if (!pair.contains(g.modifiedDateField())) {
                pair.add(g.modifiedDateField());
            }
        }
        return byPublished.values().stream().map(List::copyOf).toList();
    }
}
