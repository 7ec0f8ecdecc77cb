package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap pre-check must never skip a text in which flexmark's own autolink processor finds a link. */
class BoundedAutolinkFilterTest {

    @Test
    void textWithALinkIsHandedToFlexmark() {
        for (String text : List.of(
                "see https://example.org today",
                "write to ada@example.org please",
                "go to www.example.org now",
                "or WWW.example.org in capitals",
                "ftp://files.example.org/x",
                "an escaped https\\://example.org",
                "an entity ada&#64;example.org")) {
            assertTrue(BoundedAutolink.mayHoldLink(text), text);
        }
        Text prose = (Text)
                Parser.builder().build().parse("plain prose\n").getFirstChild().getFirstChild();
        assertTrue(prose.getChars().getBase() instanceof String, "scanned in the body's String, not char by char");
        assertFalse(BoundedAutolink.mayHoldLink(prose.getChars()));
        assertTrue(flexmarkLinks("see https://example.org today"));
        assertTrue(flexmarkLinks("write to ada@example.org please"));
        assertTrue(flexmarkLinks("go to www.example.org now"));
    }

    @Test
    void proseIsSkipped() {
        assertFalse(BoundedAutolink.mayHoldLink("Plain prose, with commas; a dot. And (brackets) - dashes!"));
        assertFalse(BoundedAutolink.mayHoldLink("a slash/path and example.org without a scheme"));
        assertFalse(BoundedAutolink.mayHoldLink("ww.example.org has two w only"));
    }

    @Test
    void noTextFlexmarkWouldLinkIsEverSkipped() {
        // random text over an alphabet that makes links now and then: link found by flexmark => not skipped
        String alphabet = "abcdwwWxyz0129 ..,;:/@&#\\-_+()!?e";
        Random random = new Random(23);
        int linked = 0;
        int skipped = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(40);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                sb.insert(
                        random.nextInt(sb.length()),
                        List.of("www.", "x://", "a@b.c", "&#58;").get(random.nextInt(4)));
            }
            String text = sb.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            int[] counts = checkEachTextNode(text);
            linked += counts[0];
            skipped += counts[1];
        }
        assertTrue(linked > 100, "too few texts with links to mean anything: " + linked);
        assertTrue(skipped > 100, "too few texts skipped to mean anything: " + skipped);
    }

    /**
     * Runs flexmark's autolink processor on each text node of {@code markdown} and fails if it made a link in one the
     * pre-check would skip; returns how many nodes got links and how many the pre-check skips.
     */
    private static int[] checkEachTextNode(String markdown) {
        Document doc = Parser.builder().build().parse(markdown);
        List<Text> texts = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof Text text) {
                texts.add(text);
            }
        }
        AutolinkNodePostProcessor processor = new AutolinkNodePostProcessor(doc);
        int[] counts = new int[2];
        for (Text text : texts) {
            if (text.getParent() == null) {
                continue;
            }
            String chars = text.getChars().toString();
            boolean may = BoundedAutolink.mayHoldLink(text.getChars());
            int before = links(doc);
            processor.process(BoundedAutolink.UNTRACKED, text);
            if (links(doc) > before) {
                counts[0]++;
                assertTrue(may, () -> "skipped a text flexmark links: " + chars + " in " + markdown);
            }
            if (!may) {
                counts[1]++;
            }
        }
        return counts;
    }

    private static int links(Document doc) {
        int n = 0;
        for (Node node : doc.getDescendants()) {
            if (node instanceof AutoLink || node instanceof MailLink) {
                n++;
            }
        }
        return n;
    }

    /** Runs flexmark's autolink processor on every text node of {@code markdown}: did it make a link? */
    private static boolean flexmarkLinks(String markdown) {
        Document doc = Parser.builder().build().parse(markdown);
        List<Text> texts = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof Text text) {
                texts.add(text);
            }
        }
        AutolinkNodePostProcessor processor = new AutolinkNodePostProcessor(doc);
        for (Text text : texts) {
            if (text.getParent() != null) {
                processor.process(BoundedAutolink.UNTRACKED, text);
            }
        }
        for (Node node : doc.getDescendants()) {
            if (node instanceof AutoLink || node instanceof MailLink) {
                return true;
            }
        }
        return false;
    }
}
