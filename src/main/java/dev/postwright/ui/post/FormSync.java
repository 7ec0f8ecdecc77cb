package dev.postwright.ui.post;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.ui.editor.EditorEdit;
import dev.postwright.ui.frontmatter.FormEdit;
import dev.postwright.ui.frontmatter.FrontmatterFormViewModel;
import dev.postwright.validation.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the frontmatter form and the post's text in step, in both directions, without ever fighting the writer.
 *
 * <p>A form edit is applied at once, in the event that made it, to the text as it is now: through the document of
 * that text (the one the last edit produced, or the frontmatter block parsed again, which is small), never to an
 * analysis that may be behind. So no edit waits, none is dropped and their order is the writer's. An analysis
 * updates the form only when it is of the text as it is now; an older one brings its problems but no values. The
 * row being typed in is protected by the form view model itself.
 */
final class FormSync {

    /** The text the form edits: the editor's. */
    interface Text {
        String get();

        void apply(EditorEdit edit);
    }

    private final FrontmatterFormViewModel form;
    private final Text text;
    private final YamlDialect dialect;
    private final Schema schema;
    /** The document of the frontmatter block as the form last made it; trusted while the block still equals it. */
    private FrontmatterDocument current;
    /** The document the current field session began with, the newest edit per key since, and the text made. */
    private FrontmatterDocument sessionBase;

    private final Map<String, FormEdit> sessionEdits = new LinkedHashMap<>();
    private String sessionText;

    FormSync(FrontmatterFormViewModel form, Text text, YamlDialect dialect, Schema schema) {
        this.form = Objects.requireNonNull(form, "form");
        this.text = Objects.requireNonNull(text, "text");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = Objects.requireNonNull(schema, "schema");
        form.setBeforeEntering(this::catchUp);
    }

    /** The writer is entering a field: if the text moved on since the form last saw it, the form sees it now. */
    void catchUp() {
        String now = block();
        if (current == null || !current.text().equals(now)) {
            form.setDocument(documentOf(now));
        }
    }

    /**
     * The writer changed something in the form: the text changes now, and the form sees the new document.
     *
     * <p>Within one field session the edits are applied again to the document the session began with, the newest
     * value per key in the order the keys were first edited, so the result does not depend on how the value was
     * typed: a trailing space on the way to "for beginners" quotes the value for that one keystroke, not for good.
     */
    void edit(FormEdit edit) {
        // Only the frontmatter block is parsed and edited; the body, however long, is left as it is.
        String before = block();
        if (sessionBase == null || !before.equals(sessionText)) {
            // a new session, or the text changed by other means since this session's last edit: start from it
            sessionBase = documentOf(before);
            sessionEdits.clear();
        }
        sessionEdits.put(keyOf(edit), edit); // an edited key keeps its first place
        FrontmatterDocument after = sessionBase;
        try {
            for (FormEdit e : sessionEdits.values()) {
                after = e.applyTo(after, schema);
            }
        } catch (IllegalStateException notEditable) {
            // The text changed under the form (the writer broke the YAML in the editor a moment ago and no analysis
            // has said so yet): the form learns it now and switches to the raw view, where the error is shown.
            endSession();
            current = documentOf(before);
            form.setDocument(current);
            return;
        }
        current = after;
        sessionText = after.text();
        if (!after.text().equals(before)) {
            // the block is a prefix of the text: offsets in it are offsets in the whole text
            text.apply(TextDiffs.minimalEdit(before, after.text()));
        }
        form.setDocument(after);
    }

    /** The writer left the field (or the raw view): the next edit starts from the text as it is then. */
    void endSession() {
        sessionBase = null;
        sessionText = null;
        sessionEdits.clear();
    }

    private static String keyOf(FormEdit edit) {
        if (edit instanceof FormEdit.SetValue s) {
            return s.key();
        }
        if (edit instanceof FormEdit.Remove r) {
            return r.key();
        }
        return FrontmatterFormViewModel.RAW_VIEW;
    }

    /** An analysis finished: its values reach the form only if it is of the text as it is now. */
    void analysed(FrontmatterDocument analysed, List<Problem> problems) {
        if (analysed.text().equals(text.get())) {
            current = null; // parsed again, block only, when the next edit needs it
            form.setDocument(analysed);
        }
        form.setProblems(problems);
    }

    /** The text's frontmatter block (up to its body): all a form edit parses and changes. */
    private String block() {
        String whole = text.get();
        return whole.substring(0, FrontmatterDocument.blockEnd(whole));
    }

    /** The document of a frontmatter block (the text up to its body). */
    private FrontmatterDocument documentOf(String block) {
        if (current == null || !current.text().equals(block)) {
            current = FrontmatterDocument.parse(block, dialect);
        }
        return current;
    }
}
