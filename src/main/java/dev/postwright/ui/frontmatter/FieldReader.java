package dev.postwright.ui.frontmatter;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a document's values into form rows; type mismatches show as written, the validator reports them. */
final class FieldReader {

    private FieldReader() {}

    static FieldModel.Kind kindOf(Field field, String slugField) {
        if (field.name().equals(slugField)) {
            return FieldModel.Kind.SLUG;
        }
        return switch (field.type()) {
            case STRING, URL -> FieldModel.Kind.TEXT;
            case TEXT ->
                field.name().equals(FrontmatterFormViewModel.DESCRIPTION)
                        ? FieldModel.Kind.DESCRIPTION
                        : FieldModel.Kind.TEXT;
            case BOOLEAN -> FieldModel.Kind.BOOLEAN;
            case DATE, DATETIME -> FieldModel.Kind.DATE;
            case STRING_LIST -> FieldModel.Kind.TAGS;
            case IMAGE -> FieldModel.Kind.IMAGE;
            case ENUM -> FieldModel.Kind.ENUM;
            case NUMBER -> FieldModel.Kind.NUMBER;
            case UNKNOWN -> FieldModel.Kind.RAW;
        };
    }

    static FieldModel create(Field field, String slugField) {
        return new FieldModel(
                field.name(), field.type(), kindOf(field, slugField), field.required(), true, field.enumValues());
    }

    static FieldModel unknown(String key) {
        return new FieldModel(key, FieldType.UNKNOWN, FieldModel.Kind.RAW, false, false, List.of());
    }

    /** The text a text-like row shows for the value: the string itself, else the value's YAML source. */
    static String text(FrontmatterDocument doc, FieldModel model) {
        Optional<YamlValue> v = doc.value(model.name());
        if (v.isEmpty()) {
            return "";
        }
        if (v.get() instanceof YamlValue.Scalar s) {
            if (model.kind() == FieldModel.Kind.RAW) {
                return s.source() != null ? s.source() : s.value();
            }
            return s.isNull() ? "" : s.value();
        }
        return source(doc, model.name());
    }

    /** Whether the row can be edited in the form: scalars everywhere, lists only as tags. */
    static boolean editable(FrontmatterDocument doc, FieldModel model) {
        Optional<YamlValue> v = doc.value(model.name());
        if (v.isEmpty() || v.get() instanceof YamlValue.Scalar) {
            return true;
        }
        return model.kind() == FieldModel.Kind.TAGS
                && v.get() instanceof YamlValue.Sequence seq
                && seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar);
    }

    static boolean checked(FrontmatterDocument doc, String key) {
        return doc.value(key)
                .filter(v -> v instanceof YamlValue.Scalar s && s.kind() == ScalarKind.BOOLEAN)
                .map(v -> ((YamlValue.Scalar) v).value().toLowerCase(Locale.ROOT))
                .map(s -> s.equals("true") || s.equals("yes") || s.equals("on") || s.equals("y"))
                .orElse(false);
    }

    /** List items as text; a lone scalar ({@code tags: data}) reads as one tag so the writer can fix it here. */
    static List<String> tags(FrontmatterDocument doc, String key) {
        Optional<YamlValue> v = doc.value(key);
        List<String> out = new ArrayList<>();
        if (v.isPresent() && v.get() instanceof YamlValue.Sequence seq) {
            for (YamlValue item : seq.items()) {
                if (item instanceof YamlValue.Scalar s && !s.isNull()) {
                    out.add(s.value());
                }
            }
        } else if (v.isPresent() && v.get() instanceof YamlValue.Scalar s && !s.isNull()) {
            out.add(s.value());
        }
        return out;
    }

    /** Whether an existing list is written {@code [a, b]}; new lists use flow style, as AstroPaper posts do. */
    static boolean flow(FrontmatterDocument doc, String key) {
        return doc.value(key)
                .map(v -> !(v instanceof YamlValue.Sequence seq) || seq.flow())
                .orElse(true);
    }

    /** The value as written: the entry's text after the key's colon (TOML: its '='). */
    static String source(FrontmatterDocument doc, String key) {
        return doc.entry(key)
                .map(e -> {
                    String entry = doc.text()
                            .substring(
                                    e.startOffset(),
                                    Math.min(e.endOffset(), doc.text().length()));
                    // Search past the key's own text so a quoted key holding ':' is skipped; TOML writes key = value.
                    char separator = doc.format() == FrontmatterDocument.Format.TOML ? '=' : ':';
                    int colon = entry.indexOf(
                            separator, Math.min(entry.length(), e.key().length()));
                    String value = colon < 0 ? entry : entry.substring(colon + 1);
                    return value.strip();
                })
                .orElse("");
    }

    /** Schema fields in schema order, then the document's other keys in document order. */
    static List<String> rowNames(Schema schema, FrontmatterDocument doc) {
        List<String> names = new ArrayList<>();
        schema.fields().forEach(f -> names.add(f.name()));
        if (doc.status() == FrontmatterDocument.Status.OK) {
            doc.keys().stream().filter(k -> !names.contains(k)).forEach(names::add);
        }
        return names;
    }

    /** Copies the document's value into the row, touching only properties whose value differs. */
    static void load(FrontmatterDocument doc, FieldModel m, String shownText) {
        m.present().set(doc.entry(m.name()).isPresent());
        m.editable().set(editable(doc, m));
        switch (m.kind()) {
            case BOOLEAN -> m.checked().set(checked(doc, m.name()));
            case TAGS -> {
                List<String> tags = tags(doc, m.name());
                if (!tags.equals(m.tags())) {
                    m.tags().setAll(tags);
                }
            }
            default -> {
                if (!shownText.equals(m.text().get())) {
                    m.text().set(shownText);
                }
            }
        }
    }

    /** The scalar's value as text, or null when absent, null or not a scalar. */
    static String currentScalar(FrontmatterDocument doc, String name) {
        return doc == null
                ? null
                : doc.value(name)
                        .filter(v -> v instanceof YamlValue.Scalar s && !s.isNull())
                        .map(v -> ((YamlValue.Scalar) v).value())
                        .orElse(null);
    }
}
