package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A parsed YAML value with its source position (1-based, whole file; 0 for values built in code). */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

    int line();

    int column();

    /** A scalar; {@code source} is the raw text as written (null for values built in code). */
    record Scalar(String value, ScalarStyle style, ScalarKind kind, String source, int line, int column)
            implements YamlValue {
        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(kind, "kind");
        }

        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }
    }

    /** A list; {@code flow} is true for {@code [a, b]}, false for block {@code - a} items. */
    record Sequence(List<YamlValue> items, boolean flow, int line, int column) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping in source order; keys are the keys' scalar text (non-scalar keys are written as their source). */
    record Mapping(List<MappingEntry> entries, boolean flow, int line, int column) implements YamlValue {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<YamlValue> get(String key) {
            return entries.stream()
                    .filter(e -> e.key().equals(key))
                    .map(MappingEntry::value)
                    .findFirst();
        }
    }

    /** One key of a {@link Mapping}. */
    record MappingEntry(String key, YamlValue value) {}

    static Scalar string(String value) {
        return new Scalar(value, ScalarStyle.PLAIN, ScalarKind.STRING, null, 0, 0);
    }

    static Scalar bool(boolean value) {
        return new Scalar(Boolean.toString(value), ScalarStyle.PLAIN, ScalarKind.BOOLEAN, null, 0, 0);
    }

    static Scalar nullValue() {
        return new Scalar("", ScalarStyle.PLAIN, ScalarKind.NULL, null, 0, 0);
    }

    /** A date or date-time written exactly as {@code text} (e.g. {@code 2024-01-05}). */
    static Scalar timestamp(String text) {
        return new Scalar(text, ScalarStyle.PLAIN, ScalarKind.TIMESTAMP, null, 0, 0);
    }

    /** A number written exactly as {@code text}. */
    static Scalar number(String text) {
        boolean integer = text.matches("[-+]?[0-9]+");
        return new Scalar(text, ScalarStyle.PLAIN, integer ? ScalarKind.INTEGER : ScalarKind.FLOAT, null, 0, 0);
    }

    static Sequence stringList(List<String> items, boolean flow) {
        List<YamlValue> values = new ArrayList<>();
        for (String item : items) {
            values.add(string(item));
        }
        return new Sequence(values, flow, 0, 0);
    }
}
