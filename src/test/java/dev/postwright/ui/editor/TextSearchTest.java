package dev.postwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.ui.editor.TextSearch.Match;
import dev.postwright.ui.editor.TextSearch.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void plainIgnoresCaseByDefault() {
        var result = TextSearch.findAll("Cat cat CAT dog", new Query("cat", false, false));
        assertEquals(List.of(new Match(0, 3), new Match(4, 7), new Match(8, 11)), result.matches());
        assertTrue(result.ok());
    }

    @Test
    void caseSensitive() {
        var result = TextSearch.findAll("Cat cat CAT", new Query("cat", true, false));
        assertEquals(List.of(new Match(4, 7)), result.matches());
    }

    @Test
    void plainTreatsRegexCharactersLiterally() {
        assertEquals(
                List.of(new Match(2, 5)),
                TextSearch.findAll("a a.b axb", new Query("a.b", true, false)).matches());
    }

    @Test
    void regexWithLineAnchors() {
        var result = TextSearch.findAll("# One\ntext\n## Two", new Query("^#+ \\w+", true, true));
        assertEquals(List.of(new Match(0, 5), new Match(11, 17)), result.matches());
    }

    @Test
    void regexSkipsEmptyMatches() {
        assertEquals(
                List.of(new Match(1, 3)),
                TextSearch.findAll("baab", new Query("a*", true, true)).matches());
    }

    @Test
    void invalidRegexIsAnErrorNotAnException() {
        var result = TextSearch.findAll("text", new Query("(unclosed", true, true));
        assertNotNull(result.error());
        assertTrue(result.error().startsWith("Invalid regex"), result.error());
        assertEquals(List.of(), result.matches());
    }

    @Test
    void catastrophicRegexIsCutOff() {
        var result = TextSearch.findAll("a".repeat(40) + "!", new Query("(.*a){25}b", true, true));
        assertNotNull(result.error());
    }

    @Test
    void emptyQueryFindsNothing() {
        assertEquals(
                List.of(),
                TextSearch.findAll("abc", new Query("", false, false)).matches());
    }

    @Test
    void replaceAllPlain() {
        String text = "one cat, two Cats, $cat";
        var rep = TextSearch.replaceAll(text, new Query("cat", false, false), "$dog");
        assertEquals(3, rep.count());
        assertEquals(
                "one $dog, two $dogs, $$dog", text.substring(0, rep.from()) + rep.text() + text.substring(rep.to()));
    }

    @Test
    void replaceAllRegexWithGroups() {
        String text = "x [a](b) y [c](d)";
        var rep = TextSearch.replaceAll(text, new Query("\\[(\\w)\\]\\((\\w)\\)", true, true), "<$2|$1>");
        assertEquals("x <b|a> y <d|c>", text.substring(0, rep.from()) + rep.text() + text.substring(rep.to()));
        assertEquals(2, rep.from());
    }

    @Test
    void replaceAllWithBadGroupReportsError() {
        var rep = TextSearch.replaceAll("abc", new Query("b", true, true), "$7");
        assertNotNull(rep.error());
        assertEquals(0, rep.count());
    }

    @Test
    void replacementForOneMatch() {
        String text = "v1 v22";
        Query q = new Query("v(\\d+)", true, true);
        assertEquals("n22", TextSearch.replacementFor(text, new Match(3, 6), q, "n$1"));
        assertNull(TextSearch.replacementFor(text, new Match(3, 6), q, "$9"));
    }

    @Test
    void indexAtOrAfterWraps() {
        List<Match> hits = List.of(new Match(2, 3), new Match(8, 9));
        assertEquals(0, TextSearch.indexAtOrAfter(hits, 0));
        assertEquals(1, TextSearch.indexAtOrAfter(hits, 3));
        assertEquals(0, TextSearch.indexAtOrAfter(hits, 9));
        assertEquals(-1, TextSearch.indexAtOrAfter(List.of(), 0));
    }
}
