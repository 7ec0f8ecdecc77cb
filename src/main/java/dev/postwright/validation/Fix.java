package dev.postwright.validation;

import dev.postwright.post.TextEdit;

/** A quick fix a writer can apply to make a problem go away. */
public sealed interface Fix permits Fix.TextFix, Fix.FieldEdit {

    /** What the fix does, in a writer's words ("Use the existing tag 'sourdough'"). */
    String description();

    /** Replace the characters {@code [start, end)} of the whole file text. */
    record TextFix(TextEdit edit, String description) implements Fix {

        public TextFix(int start, int end, String replacement, String description) {
            this(new TextEdit(start, end, replacement), description);
        }

        public int start() {
            return edit.start();
        }

        public int end() {
            return edit.end();
        }

        public String replacement() {
            return edit.replacement();
        }
    }

    /**
     * Set a frontmatter field: {@code yamlValue} is the new value as YAML source
     * (e.g. {@code sourdough}, {@code [a, b]}), or {@code null} to remove the field.
     */
    record FieldEdit(String field, String yamlValue, String description) implements Fix {}
}
