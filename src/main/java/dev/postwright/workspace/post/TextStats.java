package dev.postwright.workspace.post;

import dev.postwright.render.ReadingTime;
import dev.postwright.validation.PostAnalysis;

/** Words and reading time of a post's body. */
public record TextStats(int words, int minutes) {

    /** Counts {@code a}'s body (milliseconds for a long post: off the UI thread where it can be). */
    public static TextStats of(PostAnalysis a) {
        int words = ReadingTime.words(a.frontmatter().body());
        return new TextStats(words, ReadingTime.minutesFor(words));
    }
}
