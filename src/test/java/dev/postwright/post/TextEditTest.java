package dev.postwright.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
