package dev.postwright.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading attribute blocks at the end of a heading, {@code ## Title {#custom-id}} (Hugo's Goldmark and Jekyll's
 * kramdown): the {@code #id} becomes the heading's id and the block is cut from the heading's text. Classes and
 * {@code key=value} pairs in the block are accepted and dropped.
 */
final class HeadingAttributes {

    private static final Pattern BLOCK = Pattern.compile(
            "[ \\t]*\\{:?[ \\t]*((?:(?:#[\\w:.-]+|\\.[\\w-]+|[\\w-]+=(?:\"[^\"]*\"|\\S+))[ \\t]*)+)\\}[ \\t]*$");
    private static final Pattern ID = Pattern.compile("(?:^|[ \\t])#([\\w:.-]+)");

    private HeadingAttributes() {}

    /** The custom id of the heading, if it ends with an attribute block holding one; the block is removed. */
    static Optional<String> takeId(com.vladsch.flexmark.ast.Heading heading) {
        Node last = heading.getLastChild();
        if (!(last instanceof Text text)) {
            return Optional.empty();
        }
        BasedSequence chars = text.getChars();
        Matcher m = BLOCK.matcher(chars);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher id = ID.matcher(m.group(1));
        if (!id.find()) {
            return Optional.empty();
        }
        BasedSequence kept = chars.subSequence(0, m.start());
        if (kept.isBlank() && text.getPrevious() == null) {
            return Optional.empty(); // "## {#id}" alone: Goldmark keeps it as text
        }
        if (kept.isEmpty()) {
            text.unlink();
        } else {
            text.setChars(kept);
        }
        return Optional.of(id.group(1));
    }
}
