package dev.postwright.spell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only prose is checked: what the renderer shows as text, minus code, links' targets, templates and math. */
class ProseTokenizerTest {

    private static final ProseTokenizer TOKENIZER = new ProseTokenizer();

    private static List<String> words(String body) {
        List<String> out = new ArrayList<>();
        for (ProseTokenizer.Chunk c : TOKENIZER.markdown(body, 0)) {
            for (Word w : c.words()) {
                out.add(w.text());
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inline code span              | Some `recieve` text                              | Some text
            fenced code block             | Hello\\n\\n```\\nrecieve wrng\\n```\\n\\nthere   | Hello there
            indented code block           | Hello\\n\\n    recieve wrng\\n\\nthere            | Hello there
            link target, text kept        | See [the plan](/posts/wrng-slug/) now            | See the plan now
            bare URL                      | Visit https://exmaple.com/wrng now               | Visit now
            www URL                       | Visit www.exmaple.com today                      | Visit today
            autolink                      | Visit <https://exmaple.com/wrng> now             | Visit now
            HTML tag and attribute        | Hello <span class="wrng">there</span> friend     | Hello there friend
            HTML block                    | Hello\\n\\n<div class="wrng">\\nxyzzy\\n</div>\\n\\nthere | Hello there
            Hugo shortcode                | Look {{< figur src="wrng.png" >}} here           | Look here
            Hugo percent shortcode        | Look {{% notic wrng %}} here                     | Look here
            Liquid tag                    | A {% include wrng.html %} b {{ page.titl }} end  | end
            Liquid highlight block        | Hi\\n\\n{% highlight rb %}\\nwrng\\n{% endhighlight %}\\n\\nthere | Hi there
            inline math                   | Area $\\pi r^2 wrng$ grows                        | Area grows
            display math                  | Sum\\n\\n$$\\n\\frac{wrng}{2}\\n$$\\n\\ndone        | Sum done
            money is not math             | It costs $5 and $10 today                        | It costs and today
            image alt text is prose       | ![A sunnny day](/img/wrng.png)                   | sunnny day
            reference definition          | Text [a][r]\\n\\n[r]: https://wrng.example/x      | Text
            """)
    void skipsWhatIsNotProse(String what, String body, String expected) {
        String text = body.replace("\\n", "\n");
        assertEquals(List.of(expected.split(" ")), words(text), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            contraction kept whole         | don't stop                 | don't stop
            curly apostrophe               | they’re fine               | they’re fine
            possessive dropped             | Alice's cat                | Alice cat
            hyphenated split               | well-known fact            | well known fact
            numbers and digits             | 42 apples in 3D and v2     | apples in and
            ALLCAPS acronym                | the NASA API docs          | the docs
            camelCase and snake_case       | call fooBar or foo_bar now | call or now
            file names and domains         | edit config.toml on example.com | edit on
            handles and hashtags           | ping @wrng about #wrng     | ping about
            CJK is not flagged             | 東京 is big                 | is big
            emoji is not a word            | bread 🍞 rises             | bread rises
            single letters                 | a b word                   | word
            """)
    void wordsAreScannedSensibly(String what, String text, String expected) {
        List<String> got = WordScanner.scan(text, 0, text.length()).stream()
                .map(Word::text)
                .toList();
        assertEquals(List.of(expected.split(" ")), got, what);
    }

    @Test
    void offsetsAreInTheWholeFile() {
        String body = "Intro line\n\n## A headng\n";
        List<ProseTokenizer.Chunk> chunks = TOKENIZER.markdown(body, 100);
        ProseTokenizer.Chunk heading = chunks.get(1);
        Word w = heading.words().get(0);
        int at = heading.start() + w.start();
        assertEquals("headng", w.text());
        assertEquals(100 + body.indexOf("headng"), at);
    }
}
