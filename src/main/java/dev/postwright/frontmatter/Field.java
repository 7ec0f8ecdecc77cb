package dev.postwright.frontmatter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a site schema.
 *
 * @param defaultValue the default as YAML source text (e.g. {@code "false"}, {@code "[others]"}), if any
 * @param enumValues allowed values for {@link FieldType#ENUM}, empty otherwise
 */
public record Field(
        String name,
        FieldType type,
        boolean required,
        boolean nullable,
        Optional<String> defaultValue,
        List<String> enumValues) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        defaultValue = defaultValue == null ? Optional.empty() : defaultValue;
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public static Field required(String name, FieldType type) {
        return new Field(name, type, true, false, Optional.empty(), List.of());
    }

    public static Field optional(String name, FieldType type) {
        return new Field(name, type, false, false, Optional.empty(), List.of());
    }

    public Field withDefault(String yamlText) {
        return new Field(name, type, false, nullable, Optional.of(yamlText), enumValues);
    }

    public Field asNullable() {
        return new Field(name, type, required, true, defaultValue, enumValues);
    }
}
