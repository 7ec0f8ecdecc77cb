package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.workspace.git.CommitMessages.Entry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitMessagesTest {

    @Test
    void oneNewPostIsAPost() {
        assertEquals("post: Sourdough starter", CommitMessages.prefill(List.of(new Entry("Sourdough starter", true))));
    }

    @Test
    void oneChangedPostIsAnUpdate() {
        assertEquals(
                "update: Sourdough starter", CommitMessages.prefill(List.of(new Entry("Sourdough starter", false))));
    }

    @Test
    void severalPostsAreListed() {
        assertEquals(
                "posts: Rye bread, Spelt",
                CommitMessages.prefill(List.of(new Entry("Rye bread", true), new Entry("Spelt", false))));
        assertEquals(
                "update: Rye bread, Spelt",
                CommitMessages.prefill(List.of(new Entry("Rye bread", false), new Entry("Spelt", false))));
    }

    @Test
    void noPostsNoMessage() {
        assertEquals("", CommitMessages.prefill(List.of()));
    }

    @Test
    void manyPostsStayWithinSeventyTwoCharactersAndSayHowManyMore() {
        List<Entry> posts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            posts.add(new Entry("Bread number " + i, true));
        }
        String m = CommitMessages.prefill(posts);
        assertTrue(m.length() <= 72, m);
        assertTrue(m.startsWith("posts: Bread number 1, Bread number 2, "), m);
        assertTrue(m.matches(".* and \\d+ more"), m);
    }

    @Test
    void aVeryLongTitleIsCutWithAnEllipsisAndTitlesAreOneLine() {
        String m = CommitMessages.prefill(List.of(new Entry("Word ".repeat(40), true)));
        assertTrue(m.length() <= 72 && m.endsWith("…"), m);
        assertEquals("update: Two lines", CommitMessages.prefill(List.of(new Entry("Two\nlines ", false))));
        assertEquals("post: untitled", CommitMessages.prefill(List.of(new Entry("  ", true))));
        String two = CommitMessages.prefill(List.of(new Entry("Word ".repeat(40), true), new Entry("B", true)));
        assertTrue(two.length() <= 72 && two.endsWith("… and 1 more"), two);
    }
}
