package dev.postwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases are written with the selection as « », or | for a caret; \n stands for a newline. */
class MarkdownEditsTest {

    private static String run(String marked, String command) {
        String text = marked.replace("\\n", "\n");
        int start;
        int end;
        if (text.contains("|")) {
            start = end = text.indexOf('|');
            text = text.replace("|", "");
        } else {
            start = text.indexOf('«');
            end = text.indexOf('»') - 1;
            text = text.replace("«", "").replace("»", "");
        }
        EditorEdit edit = switch (command) {
            case "bold" -> MarkdownEdits.bold(text, start, end);
            case "italic" -> MarkdownEdits.italic(text, start, end);
            case "code" -> MarkdownEdits.code(text, start, end);
            case "link" -> MarkdownEdits.link(text, start, end);
            case "bullet" -> MarkdownEdits.bulletList(text, start, end);
            case "number" -> MarkdownEdits.numberedList(text, start, end);
            default -> MarkdownEdits.heading(text, start, end, Integer.parseInt(command.substring(1)));
        };
        String out = edit.applyTo(text);
        String result = edit.selectionStart() == edit.selectionEnd()
                ? out.substring(0, edit.selectionStart()) + "|" + out.substring(edit.selectionStart())
                : out.substring(0, edit.selectionStart()) + "«"
                        + out.substring(edit.selectionStart(), edit.selectionEnd()) + "»"
                        + out.substring(edit.selectionEnd());
        return result.replace("\n", "\\n");
    }

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "a «word» b;bold;a **«word»** b",
                "a **«word»** b;bold;a «word» b",
                "a «**word**» b;bold;a «word» b",
                "ab|;bold;ab**|**",
                "ab**|**;bold;ab|",
                "«x»;italic;_«x»_",
                "_«x»_;italic;«x»",
                "«x»;code;`«x»`",
                "`«x»`;code;«x»",
                "see «docs» now;link;see [docs](«url») now",
                "|;link;[](«url»)",
                "Ti|tle;h2;## Ti|tle",
                "# Ti|tle;h3;### Ti|tle",
                "### Ti|tle;h0;Ti|tle",
                "a\\n#|# b\\nc;h1;a\\n# |b\\nc",
                "#tag |x;h1;# #tag |x",
                "«one\\ntwo»;bullet;«- one\\n- two»",
                "«- one\\n- two»;bullet;«one\\ntwo»",
                "«- one\\ntwo»;bullet;«- one\\n- two»",
                "«1. one\\n2. two»;bullet;«- one\\n- two»",
                "it|em;bullet;- it|em",
                "|;bullet;- |",
                "«one\\n\\ntwo»;number;«1. one\\n\\n2. two»",
                "«1. one\\n2) two»;number;«one\\ntwo»",
                "«- a\\n- b»;number;«1. a\\n2. b»",
                "'  «nested»';bullet;«  - nested»",
                "x\\n«a\\n»y;bullet;x\\n«- a»\\ny",
            })
    void edits(String input, String command, String expected) {
        assertEquals(expected, run(input, command));
    }
}
