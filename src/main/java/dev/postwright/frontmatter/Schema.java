package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * This schema with each field named as {@code keys} spell it when they spell it in another case only
     * ({@code Title} for {@code title}): for generators that read keys in any case (Hugo), so a form edits the key the
     * post has instead of adding a second one.
     */
    public Schema spelledAs(Collection<String> keys) {
        List<Field> renamed = new ArrayList<>(fields.size());
        for (Field f : fields) {
            String written = keys.contains(f.name())
                    ? f.name()
                    : keys.stream()
                            .filter(k -> k.equalsIgnoreCase(f.name()))
                            .findFirst()
                            .orElse(f.name());
            renamed.add(
                    written.equals(f.name())
                            ? f
                            : new Field(
                                    written, f.type(), f.required(), f.nullable(), f.defaultValue(), f.enumValues()));
        }
        return new Schema(renamed, strict, source);
    }
}
