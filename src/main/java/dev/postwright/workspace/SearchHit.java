package dev.postwright.workspace;

/**
 * One match in a post: whole-file offsets {@code [start, end)}, 1-based line and column, and the whole line it
 * is on (for context); {@code field} is the frontmatter key it is in, or empty in the body.
 */
public record SearchHit(int line, int column, int start, int end, String lineText, String field) {

    /** Where the match starts within {@link #lineText()}. */
    public int lineOffset() {
        return column - 1;
    }
}
