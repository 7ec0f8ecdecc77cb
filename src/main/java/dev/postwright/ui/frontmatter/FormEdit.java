package dev.postwright.ui.frontmatter;

import dev.postwright.frontmatter.FieldEdits;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlValue;
import java.util.Objects;

/** One change the writer made in the frontmatter form, for the owner to apply through the lossless core. */
public sealed interface FormEdit permits FormEdit.SetValue, FormEdit.Remove, FormEdit.RawYaml {

    /** Set (or add) a top-level field; apply with {@code doc.with(key, value, schema)}. */
    record SetValue(String key, YamlValue value) implements FormEdit {
        public SetValue {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Remove a field; apply with {@code doc.without(key)}. */
    record Remove(String key) implements FormEdit {
        public Remove {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Replace the whole text between the fences; apply with {@code doc.withRawYaml(yaml)}. */
    record RawYaml(String yaml) implements FormEdit {
        public RawYaml {
            Objects.requireNonNull(yaml, "yaml");
        }
    }

    /** The document with this edit applied through the one field-edit applier; new fields land in schema order. */
    default FrontmatterDocument applyTo(FrontmatterDocument doc, Schema schema) {
        if (this instanceof SetValue s) {
            return FieldEdits.set(doc, s.key(), s.value(), schema);
        }
        if (this instanceof Remove r) {
            return FieldEdits.set(doc, r.key(), null, schema);
        }
        return FieldEdits.replaceBlock(doc, ((RawYaml) this).yaml());
    }
}
