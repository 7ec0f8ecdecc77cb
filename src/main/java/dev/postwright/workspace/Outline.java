package dev.postwright.workspace;

import dev.postwright.render.Heading;
import dev.postwright.render.ParsedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A post's headings as a tree (each heading holds the deeper ones that follow it), with the ids the site gives
 * them, the sections with nothing in them and the heading the table of contents is rendered under.
 */
public final class Outline {

    /**
     * One heading and the headings under it.
     *
     * @param empty nothing follows the heading before the next one (the {@code heading.empty-section} rule)
     * @param toc the heading AstroPaper renders the table of contents under
     */
    public record Node(Heading heading, boolean empty, boolean toc, List<Node> children) {}

    private final List<Node> roots;
    private final List<Heading> headings;

    private Outline(List<Node> roots, List<Heading> headings) {
        this.roots = roots;
        this.headings = headings;
    }

    /** The outline of a parsed post body. */
    public static Outline of(ParsedMarkdown markdown) {
        Optional<Heading> toc = markdown.tocHeading();
        List<Node> roots = new ArrayList<>();
        // the headings the next one may hang under, outermost first
        List<Node> stack = new ArrayList<>();
        for (Heading h : markdown.headings()) {
            Node node = new Node(
                    h,
                    markdown.emptySectionHeadings().contains(h),
                    toc.map(h::equals).orElse(false),
                    new ArrayList<>());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).heading().level() >= h.level()) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children()).add(node);
            stack.add(node);
        }
        return new Outline(roots, markdown.headings());
    }

    public List<Node> roots() {
        return roots;
    }

    /** Every heading in text order. */
    public List<Heading> headings() {
        return headings;
    }

    /** The heading whose section holds the 1-based {@code line}: the last heading at or above it. */
    public Optional<Heading> headingAt(int line) {
        Heading found = null;
        for (Heading h : headings) {
            if (h.line() > line) {
                break;
            }
            found = h;
        }
        return Optional.ofNullable(found);
    }
}
