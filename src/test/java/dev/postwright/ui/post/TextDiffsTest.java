package dev.postwright.ui.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.ui.editor.EditorEdit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDiffsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "title: Hello|title: Hello world|12|12|' world'",
                "tags: [a, b]|tags: [a, c]|10|11|c",
                "aaa|aa|2|3|''",
                "same|same|4|4|''",
                "''|new|0|0|new",
            })
    void replacesOnlyTheDifferingMiddle(String before, String after, int from, int to, String replacement) {
        EditorEdit edit = TextDiffs.minimalEdit(before, after);
        assertEquals(after, edit.applyTo(before));
        assertEquals(from, edit.from());
        assertEquals(to, edit.to());
        assertEquals(replacement, edit.replacement());
    }
}
