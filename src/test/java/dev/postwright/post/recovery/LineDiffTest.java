package dev.postwright.post.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalTextsGiveNothing() {
        assertEquals("", LineDiff.unified("a\n", "a\n", "x", 3));
    }

    @Test
    void farApartChangesMakeTwoHunks() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append("line").append(i).append('\n');
        }
        String b = a.toString().replace("line2\n", "two\n").replace("line19\n", "nineteen\n");
        String d = LineDiff.unified(a.toString(), b, "f.md", 1);
        assertEquals(
                "--- a/f.md\n+++ b/f.md\n@@ -1,3 +1,3 @@\n line1\n-line2\n+two\n line3\n"
                        + "@@ -18,3 +18,3 @@\n line18\n-line19\n+nineteen\n line20\n",
                d);
    }

    @Test
    void fromEmptyAndHugeMiddlesWork() {
        assertEquals("--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n", LineDiff.unified("", "x\n", "f", 3));
        String big = "l\n".repeat(5000);
        String other = "m\n".repeat(5000);
        assertTrue(LineDiff.unified(big, other, "f", 3).contains("+m"));
    }
}
