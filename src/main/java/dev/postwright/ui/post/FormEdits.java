package dev.postwright.ui.post;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.ui.frontmatter.FormEdit;

/** Applies a frontmatter form edit through the lossless core. */
final class FormEdits {
    private FormEdits() {}

    static FrontmatterDocument apply(FrontmatterDocument doc, FormEdit edit, Schema schema) {
        if (edit instanceof FormEdit.SetValue s) {
            return doc.with(s.key(), s.value(), schema);
        }
        if (edit instanceof FormEdit.Remove r) {
            return doc.without(r.key());
        }
        return doc.withRawYaml(((FormEdit.RawYaml) edit).yaml());
    }
}
