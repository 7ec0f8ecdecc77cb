package dev.postwright.ui.post;

import static dev.postwright.frontmatter.Field.optional;
import static dev.postwright.frontmatter.Field.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.ui.editor.EditorEdit;
import dev.postwright.ui.frontmatter.FieldModel;
import dev.postwright.ui.frontmatter.FrontmatterFormViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random interleavings of a writer's keystrokes in a form field, analyses that finish late (of texts the writer has
 * long typed past) or on time, changes to the post made elsewhere, and the writer leaving and re-entering the field:
 * the field always holds exactly what was typed, the post's text holds it too, and nothing else typed is lost.
 */
class FormSyncProperties {

    private static final Schema SCHEMA = new Schema(
            List.of(
                    required("title", FieldType.STRING),
                    optional("slug", FieldType.STRING),
                    required("description", FieldType.TEXT),
                    optional("tags", FieldType.STRING_LIST)),
            false,
            "test");

    private static final String POST = """
            ---
            title: Old title # the working title
            description: 'Quoted, as the writer likes it.'
            tags: [bread]
            ---

            Body.
            """;

    /** One thing that happens while the writer is in the title field. */
    sealed interface Step permits Type, Backspace, MoveCaret, LateAnalysis, CurrentAnalysis, BodyEdit, Leave {}

    record Type(char c) implements Step {}

    record Backspace() implements Step {}

    record MoveCaret(int to) implements Step {}

    /** An analysis of a text from {@code back} changes ago finishes now. */
    record LateAnalysis(int back) implements Step {}

    record CurrentAnalysis() implements Step {}

    /** Something outside the form (a quick fix, a reload) appends to the body. */
    record BodyEdit(String line) implements Step {}

    /** The writer leaves the field and comes back. */
    record Leave() implements Step {}

    @Property(tries = 300)
    void theFieldAndThePostHoldExactlyWhatWasTyped(@ForAll("steps") List<Step> steps) {
        Harness h = new Harness();
        StringBuilder expected = new StringBuilder(h.field.get());
        int caret = expected.length();
        List<String> bodyLines = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Type t) {
                expected.insert(caret, t.c());
                caret++;
                h.field.set(expected.toString());
            } else if (step instanceof Backspace) {
                if (caret > 0) {
                    expected.deleteCharAt(--caret);
                    h.field.set(expected.toString());
                }
            } else if (step instanceof MoveCaret m) {
                caret = Math.min(m.to(), expected.length());
            } else if (step instanceof LateAnalysis l) {
                h.analyse(h.history.get(Math.max(0, h.history.size() - 1 - l.back())));
            } else if (step instanceof CurrentAnalysis) {
                h.analyse(h.text);
            } else if (step instanceof BodyEdit e) {
                h.apply(new EditorEdit(h.text.length(), h.text.length(), e.line() + "\n", 0, 0));
                bodyLines.add(e.line());
            } else if (step instanceof Leave) {
                h.form.fieldFocused("title", false);
                // Leaving shows the document's value: it must be what the writer typed, read back exactly.
                assertEquals(expected.toString(), h.field.get(), "after leaving");
                h.form.fieldFocused("title", true);
            }
            assertEquals(expected.toString(), h.field.get(), "the field is the writer's");
        }
        FrontmatterDocument doc = FrontmatterDocument.parse(h.text, YamlDialect.YAML_1_2);
        assertEquals(FrontmatterDocument.Status.OK, doc.status(), h.text);
        assertEquals(
                expected.toString(),
                doc.value("title").map(v -> ((YamlValue.Scalar) v).value()).orElse(""),
                h.text);
        assertTrue(h.text.contains("description: 'Quoted, as the writer likes it.'\n"), h.text);
        assertTrue(h.text.contains("\nBody.\n"), h.text);
        for (String line : bodyLines) {
            assertTrue(h.text.contains(line + "\n"), line);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> type = Arbitraries.of(
                        'a', 'b', 'Z', ' ', ':', '#', '-', '"', '\'', 'é', '日', ',', '[', '0', '\n', '\t', '\\')
                .map(Type::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, type),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Backspace())),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 40).map(MoveCaret::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 8).map(LateAnalysis::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new CurrentAnalysis())),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.strings()
                                .alpha()
                                .ofMinLength(1)
                                .ofMaxLength(8)
                                .map(s -> new BodyEdit("Added " + s))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Leave())));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    /** The owner's wiring, without a window: the post's text, the form, and the title control bound to its row. */
    private static final class Harness implements FormSync.Text {
        final FrontmatterFormViewModel form = new FrontmatterFormViewModel();
        final StringProperty field = new SimpleStringProperty();
        final List<String> history = new ArrayList<>();
        String text = POST;

        Harness() {
            history.add(text);
            form.setSchema(SCHEMA);
            FormSync sync = new FormSync(form, this, YamlDialect.YAML_1_2, SCHEMA);
            form.setOnEdit(sync::edit);
            form.setDocument(FrontmatterDocument.parse(text, YamlDialect.YAML_1_2));
            Optional<FieldModel> title = form.field("title");
            field.set(title.orElseThrow().text().get());
            field.bindBidirectional(title.get().text());
            form.activeField().addListener((o, was, now) -> sync.endSession());
            form.fieldFocused("title", true);
            this.sync = sync;
        }

        private final FormSync sync;

        void analyse(String analysedText) {
            sync.analysed(FrontmatterDocument.parse(analysedText, YamlDialect.YAML_1_2), List.of());
        }

        @Override
        public String get() {
            return text;
        }

        @Override
        public void apply(EditorEdit edit) {
            text = edit.applyTo(text);
            history.add(text);
        }
    }
}
