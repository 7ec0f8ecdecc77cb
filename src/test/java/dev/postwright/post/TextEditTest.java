package dev.postwright.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditTest {

    @Test
    void replacesTheSpan() {
        assertEquals("a big cat", new TextEdit(2, 5, "big").applyTo("a fat cat"));
        assertEquals("xabc", new TextEdit(0, 0, "x").applyTo("abc"));
    }

    @Test
    void refusesASpanOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> new TextEdit(2, 9, "").applyTo("abc"));
        assertThrows(IllegalArgumentException.class, () -> new TextEdit(3, 2, ""));
        assertThrows(IllegalArgumentException.class, () -> new TextEdit(-1, 2, ""));
    }

    @Test
    void appliesManyEditsByTheOffsetsOfTheOriginal() {
        String text = "one two three";
        assertEquals("1 two 3!", TextEdit.applyAll(text, List.of(new TextEdit(8, 13, "3!"), new TextEdit(0, 3, "1"))));
        assertEquals(text, TextEdit.applyAll(text, List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> TextEdit.applyAll(text, List.of(new TextEdit(0, 5, ""), new TextEdit(4, 6, ""))));
    }
}
