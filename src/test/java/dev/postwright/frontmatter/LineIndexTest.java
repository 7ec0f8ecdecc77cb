package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineIndexTest {

    @ParameterizedTest
    @CsvSource({
        "0, 1, 1",
        "2, 1, 3",
        "3, 1, 4", // on the '\r' of "\r\n"
        "4, 1, 5", // on the '\n' of "\r\n": still line 1
        "5, 2, 1",
        "7, 2, 3",
        "8, 3, 1", // after a lone '\r'
        "10, 3, 3", // end of text
        "99, 3, 3", // clamped
        "-4, 1, 1", // clamped
    })
    void lineColumn(int offset, int line, int column) {
        String text = "abc\r\nde\rfg";
        assertArrayEquals(new int[] {line, column}, new LineIndex(text).lineColumn(offset));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1, 0",
        "1, 4, 3",
        "1, 40, 3", // column clamped to the end of the line, before "\r\n"
        "2, 1, 5",
        "2, 3, 7",
        "3, 2, 9",
        "9, 1, 8", // line clamped to the last line
        "0, 0, 0",
    })
    void offset(int line, int column, int offset) {
        assertEquals(offset, new LineIndex("abc\r\nde\rfg").offset(line, column));
    }

    @Test
    void trailingBreakMakesAnEmptyLastLine() {
        LineIndex index = new LineIndex("a\nb\n");
        assertEquals(3, index.lineCount());
        assertArrayEquals(new int[] {3, 1}, index.lineColumn(4));
        assertEquals(2, index.lineStart(2));
        assertEquals(1, new LineIndex("").lineCount());
    }

    @Test
    void columnsCountUtf16Units() {
        assertArrayEquals(new int[] {1, 3}, new LineIndex("🌉x").lineColumn(2));
    }

    @Property
    void offsetAndLineColumnRoundTrip(
            @ForAll @StringLength(max = 40) @Chars({'a', '\r', '\n', 'é'}) String text, @ForAll int seed) {
        LineIndex index = new LineIndex(text);
        int offset = Math.floorMod(seed, text.length() + 1);
        // An offset inside "\r\n" (on the '\n') has no line/column of its own.
        if (offset > 0 && offset < text.length() && text.charAt(offset) == '\n' && text.charAt(offset - 1) == '\r') {
            return;
        }
        int[] lc = index.lineColumn(offset);
        assertEquals(offset, index.offset(lc[0], lc[1]));
    }
}
