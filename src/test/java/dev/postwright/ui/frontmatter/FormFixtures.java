package dev.postwright.ui.frontmatter;

import static dev.postwright.frontmatter.Field.optional;
import static dev.postwright.frontmatter.Field.required;

import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import java.util.ArrayList;
import java.util.List;

/** An AstroPaper-like schema and post, and a VM wired the way the owner wires it. */
final class FormFixtures {

    static final String POST = """
            ---
            # Written on the train
            title: Baking sourdough at home
            author: Ana
            pubDatetime: 2025-04-02T09:30:00Z
            modDatetime: 2025-04-05 10:00:00 +02:00
            published: 2025-03-14
            featured: false
            tags: [sourdough, baking] # keep short
            description: How I keep a starter alive on a busy week.
            mood: cheerful
            ---
            Body text.
            """;

    static final Schema SCHEMA = new Schema(
            List.of(
                    required("title", FieldType.STRING),
                    optional("author", FieldType.STRING),
                    required("pubDatetime", FieldType.DATETIME),
                    optional("modDatetime", FieldType.DATETIME).asNullable(),
                    optional("published", FieldType.DATE),
                    optional("featured", FieldType.BOOLEAN),
                    optional("draft", FieldType.BOOLEAN),
                    optional("tags", FieldType.STRING_LIST).withDefault("[others]"),
                    optional("ogImage", FieldType.IMAGE),
                    required("description", FieldType.TEXT),
                    optional("slug", FieldType.STRING)),
            false,
            "test");

    private FormFixtures() {}

    static FrontmatterDocument parse(String text) {
        return FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
    }

    /** A VM whose edits are recorded and, like the owner does, applied and fed back. */
    static final class Wired {
        final FrontmatterFormViewModel vm = new FrontmatterFormViewModel();
        final List<FormEdit> edits = new ArrayList<>();
        FrontmatterDocument doc;
        boolean feedBack = true;

        Wired(String text) {
            doc = parse(text);
            vm.setSchema(SCHEMA);
            vm.setOnEdit(e -> {
                edits.add(e);
                if (feedBack) {
                    doc = apply(doc, e);
                    vm.setDocument(doc);
                }
            });
            vm.setDocument(doc);
        }

        FieldModel row(String name) {
            return vm.field(name).orElseThrow(() -> new AssertionError("no row " + name));
        }
    }

    static FrontmatterDocument apply(FrontmatterDocument doc, FormEdit e) {
        if (e instanceof FormEdit.SetValue s) {
            return doc.with(s.key(), s.value(), SCHEMA);
        }
        if (e instanceof FormEdit.Remove r) {
            return doc.without(r.key());
        }
        return doc.withRawYaml(((FormEdit.RawYaml) e).yaml());
    }
}
