package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The frontmatter fields a site's posts may carry, in the order new fields are written.
 *
 * @param strict unknown fields are errors (zod {@code .strict()}), not warnings
 * @param source where the schema came from, for messages ("src/content.config.ts", "astropaper preset")
 */
public record Schema(List<Field> fields, boolean strict, String source) {

    public Schema {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Position of the field in schema order, or {@code Integer.MAX_VALUE} when unknown. */
    public int order(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    public Schema withFields(List<Field> extra) {
        var all = new ArrayList<>(fields);
        for (Field f : extra) {
            all.removeIf(existing -> existing.name().equals(f.name()));
            all.add(f);
        }
        return new Schema(all, strict, source);
    }
}
