package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jsoup allow-list sanitiser: what must never survive, and what the preview needs that must. */
class HtmlSanitizerTest {
    private static final Path IMG = Path.of("/site/public/a.png");
    private static final ImageResolver RESOLVER = src -> src.contains("a.png")
            ? new ResolvedImage.Local(IMG)
            : UrlText.isRemote(src)
                    ? new ResolvedImage.Remote(src, UrlText.host(src))
                    : new ResolvedImage.Missing(src, src);

    private static String clean(String html, boolean remote) {
        return new HtmlSanitizer(RenderOptions.of(RESOLVER).withLoadRemoteContent(remote)).sanitize(html);
    }

    /** The payloads of issue 18 item 6 (unquoted values holding quotes) and the classic list. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<div onclick=alert('x')>d</div>",
                "<details open ontoggle=alert('t')>d</details>",
                "<input autofocus onfocus=alert('f')>",
                "<body onload=alert('b')>x",
                "<img src=x onerror=alert(1)>",
                "<img src=\"x\"onerror=\"alert(1)\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<a href=\"jav&#x09;ascript:alert(1)\">a</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">a</a>",
                "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">a</a>",
                "<a href=\"javascript&colon;alert(1)\">a</a>",
                "<a href=\" &#14; javascript:alert(1)\">a</a>",
                "<a href=\"vbscript:msgbox(1)\">a</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">a</a>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object><embed src=\"x.swf\">",
                "<base href=\"javascript:alert(1)//\"><a href=\"/x\">a</a>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<svg><script>alert(1)</script></svg>",
                "<svg onload=alert(1)><animate onbegin=alert(1)></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">s</div>",
                "<div style=\"width: expression(alert(1))\">s</div>",
                "<div style=\"background:u\\72l(javascript:alert(1))\">s</div>",
                "<style>@import 'javascript:alert(1)';</style>",
                "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">b</button></form>",
                "<scr<script>ipt>alert(1)</script>",
                "<<script>alert(1)//<</script>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<a href=\"x\" onmouseover=\"alert(1)\" ONCLICK=alert(1)>a</a>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<audio src=x onerror=alert(1)>",
                "<isindex type=image src=1 onerror=alert(1)>",
                "<table background=\"javascript:alert(1)\"><tr><td>t</td></tr></table>",
                "<xss style=\"xss:expression(alert(1))\">",
                "<template><script>alert(1)</script></template>",
                "<img src=\"data:text/html,<script>alert(1)</script>\">",
                "<a href=\"data:text/html,<script>alert(1)</script>\">a</a>",
                "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
                "<frameset onload=alert(1)><frame src=\"javascript:alert(1)\"></frameset>",
                "<html><head><base href=\"javascript:x//\"><meta http-equiv=refresh content=0></head><body onload=alert(1)>x",
                "<title><img src=x onerror=alert(1)></title>",
                "<textarea><img src=x onerror=alert(1)></textarea>",
                "<select><option><img src=x onerror=alert(1)></select>",
            })
    void nothingExecutableSurvives(String payload) {
        for (boolean remote : List.of(false, true)) {
            String out = clean(payload, remote);
            assertEquals(List.of(), SafeHtml.executable(out), payload + " -> " + out);
            assertFalse(out.toLowerCase().contains("alert(1)") && out.contains("<script"), out);
        }
    }

    /** Issue 18 item 7: every way raw HTML makes a browser fetch, with remote content off. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<img src=\"/site/public/a.png\" srcset=\"http://evil.test/1.png 1x, http://evil.test/2.png 2x\">",
                "<picture><source srcset=\"http://evil.test/p.webp\"><img src=\"a.png\"></picture>",
                "<p style=\"background-image: url(http://evil.test/bg.png)\">x</p>",
                "<p style=\"background: image-set('http://evil.test/i.png' 1x)\">x</p>",
                "<style>p { background: url(http://evil.test/s.png) }</style><p>x</p>",
                "<video poster=\"http://evil.test/poster.png\" src=\"http://evil.test/v.mp4\"></video>",
                "<video><source src=\"http://evil.test/v.webm\"><track src=\"http://evil.test/t.vtt\"></video>",
                "<audio src=\"https://evil.test/a.mp3\"></audio>",
                "<input type=\"image\" src=\"http://evil.test/in.png\">",
                "<table background=\"http://evil.test/t.png\"><tr><td>t</td></tr></table>",
                "<td background=\"http://evil.test/td.png\">",
                "<svg><image href=\"http://evil.test/svg.png\"/></svg>",
                "<svg><image xlink:href=\"http://evil.test/svg.png\"/></svg>",
                "<link rel=\"stylesheet\" href=\"http://evil.test/s.css\">",
                "<link rel=\"prefetch\" href=\"//evil.test/p\">",
                "<object data=\"http://evil.test/o\"></object><embed src=\"http://evil.test/e\">",
                "<iframe src=\"https://evil.test/frame\"></iframe>",
                "<img src=\"//evil.test/protocol-relative.png\">",
                "<img src=\"https://evil.test/remote.png\">",
                "<img lowsrc=\"http://evil.test/low.png\" dynsrc=\"http://evil.test/dyn.avi\">",
                "<body background=\"http://evil.test/body.png\">",
                "<blockquote cite=\"http://evil.test/cite\">q</blockquote>",
                "<a href=\"https://ok.test/\" ping=\"http://evil.test/ping\">a</a>",
                "<div style=\"background:url(&quot;http://evil.test/ent.png&quot;)\">e</div>",
                "<div style=\"background:u&#114;l(http://evil.test/ent2.png)\">e</div>",
            })
    void nothingRemoteIsFetchedWhenRemoteContentIsOff(String payload) {
        String out = clean(payload, false);
        assertEquals(List.of(), SafeHtml.remoteFetches(out), payload + " -> " + out);
        assertFalse(
                out.contains("evil.test") && !out.contains("data-src=\"") && !out.contains("href=\"https://ok.test/\""),
                "the remote address survives only as a placeholder's label: " + out);
    }

    @Test
    void blocksNestedToTheDepthLimitInsideEmphasisAreShownNotThrown() {
        // jsoup 1.24 throws IndexOutOfBoundsException here (found by HostileMarkdownProperties): the sanitiser shows
        // the fragment's source as text instead, with nothing executable left.
        String html = "<p><em><strong>" + "<div>".repeat(HtmlSanitizer.MAX_DEPTH) + "deep <script>alert(1)</script>";
        String out = clean(html, false);
        assertTrue(out.contains("deep"), "the text is kept");
        assertEquals(List.of(), SafeHtml.executable(out), out);
        assertFalse(out.contains("<script"), out);
        String shallow = clean("<p><em><strong>" + "<div>".repeat(3) + "fine", false);
        assertTrue(shallow.contains("<em><strong>"), "an ordinary fragment is parsed as before: " + shallow);
    }

    @Test
    void remoteContentWhenAskedForButStillNothingExecutable() {
        String out = clean(
                "<img src=\"https://cdn.test/x.png\" alt=\"x\"><iframe src=\"https://video.test/e\""
                        + " srcdoc=\"x\" onload=\"y\"></iframe><video src=\"https://video.test/v.mp4\" controls></video>",
                true);
        assertTrue(out.contains("<img src=\"https://cdn.test/x.png\" alt=\"x\" />"), out);
        assertTrue(out.contains("<iframe src=\"https://video.test/e\"></iframe>"), out);
        assertTrue(out.contains("<video src=\"https://video.test/v.mp4\" controls"), out);
        assertEquals(List.of("<iframe>"), SafeHtml.executable(out), "only the asked-for embed");
    }

    @Test
    void mediaBecomesALabelledPlaceholderOffline() {
        String out =
                clean("<video src=\"https://video.test/v.mp4\" poster=\"https://video.test/p.png\"></video>", false);
        assertEquals(
                "<span class=\"pw-placeholder pw-media\" data-src=\"https://video.test/v.mp4\"><span>Video from"
                        + " video.test</span> — not loaded in the preview</span>",
                out);
    }

    @Test
    void keepsWhatThePreviewNeeds() {
        String html = "<h2 id=\"intro\" data-line=\"3\">Intro</h2>\n"
                + "<pre data-line=\"5\"><code class=\"language-java\">a &lt; b</code></pre>\n"
                + "<ul><li class=\"task-list-item\" data-line=\"7\"><input type=\"checkbox\" class=\"task-list-item-checkbox\""
                + " checked=\"checked\" disabled=\"disabled\" readonly=\"readonly\" />&nbsp;done</li></ul>\n"
                + "<table data-line=\"9\"><thead><tr><th align=\"center\">a</th></tr></thead><tbody><tr><td align=\"right\">1"
                + "</td></tr></tbody></table>\n"
                + "<p data-line=\"12\">x<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n"
                + "<div class=\"footnotes\"><hr /><ol><li id=\"fn-1\"><p>n</p><a href=\"#fnref-1\" class=\"footnote-backref\">"
                + "&#8617;</a></li></ol></div>\n"
                + "<p><a href=\"/posts/x/#y\" title=\"t\">l</a> <a href=\"mailto:a@b.test\">m</a> <img src=\"a.png\" alt=\"pic\""
                + " width=\"40\" style=\"float: left; margin: 0 1em\"></p>\n"
                + "<details open><summary>s</summary>d</details><kbd>Ctrl</kbd><mark>m</mark>";
        String out = clean(html, false);
        for (String kept : List.of(
                "<h2 id=\"intro\" data-line=\"3\">Intro</h2>",
                "<pre data-line=\"5\"><code class=\"language-java\">a &lt; b</code></pre>",
                "<li class=\"task-list-item\" data-line=\"7\"><input type=\"checkbox\" class=\"task-list-item-checkbox\""
                        + " checked=\"checked\" disabled=\"disabled\" readonly=\"readonly\" />",
                "<th align=\"center\">a</th>",
                "<td align=\"right\">1</td>",
                "<table data-line=\"9\">",
                "<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>",
                "<li id=\"fn-1\">",
                "<a href=\"#fnref-1\" class=\"footnote-backref\">",
                "<hr />",
                "<a href=\"/posts/x/#y\" title=\"t\">l</a>",
                "<a href=\"mailto:a@b.test\">m</a>",
                "<img src=\"" + IMG.toUri() + "\" alt=\"pic\" width=\"40\" style=\"float: left; margin: 0 1em\" />",
                "<details open",
                "<summary>s</summary>",
                "<kbd>Ctrl</kbd>",
                "<mark>m</mark>")) {
            assertTrue(out.contains(kept), kept + "\n in \n" + out);
        }
    }

    @Test
    void placeholdersAndBoxesAreBuiltAsBefore() {
        assertEquals(
                "<div class=\"pw-placeholder pw-iframe\" data-src=\"https://www.youtube.com/embed/a\"><span>Embedded"
                        + " content from www.youtube.com</span> — not loaded offline</div>",
                clean("<iframe src=\"https://www.youtube.com/embed/a\" onload=\"x\"></iframe>", false));
        assertEquals(
                "<span class=\"pw-missing-image\" title=\"nope.png\">Image not found: nope.png</span>",
                clean("<img src=\"nope.png\">", false));
        String blocked = new HtmlSanitizer(
                        RenderOptions.of(src -> new ResolvedImage.Blocked(src, "points outside the" + " site")))
                .sanitize("<img src=\"../../etc/passwd\">");
        assertEquals(
                "<span class=\"pw-missing-image pw-blocked-image\" title=\"The image points outside the site: not"
                        + " shown\">Image not shown: ../../etc/passwd (outside the site)</span>",
                blocked);
    }

    @Test
    void styleKeepsOnlyPlainLayoutProperties() {
        assertEquals(
                "text-align: center; width: 50%",
                InlineStyle.filter("TEXT-ALIGN:center;position:fixed;" + "width : 50%;background:url(x)"));
        assertEquals("", InlineStyle.filter("color: red /* */; behavior: url(x.htc)"));
        assertEquals("color: #c00", InlineStyle.filter("color: #c00"));
        assertEquals("<p>x</p>", clean("<p style=\"position: fixed; top: 0\">x</p>", false));
    }

    @Test
    void writerIdsCannotTakeOverThePagesContainers() {
        assertEquals("<div>x</div>", clean("<div id=\"pw-content\">x</div>", false));
        assertEquals("<div id=\"mine\">x</div>", clean("<div id=\"mine\">x</div>", false));
    }

    @Test
    void onlyCheckboxInputsAndThoseNeverEditable() {
        assertEquals("", clean("<input type=\"text\" value=\"x\"><input type=\"image\" src=\"a.png\">", false));
        assertEquals("<input type=\"checkbox\" disabled=\"disabled\" />", clean("<input type=\"checkbox\">", false));
    }

    /**
     * Deep nesting that made the HTML parser quadratic (jsoup walks its list of table markers each time it prunes
     * the open-element stack) and 100,000 siblings that one-by-one removal made quadratic: both linear now. The
     * bound is loose on purpose (a busy build machine); before the fix the first case alone took minutes.
     */
    @Test
    void pathologicalHtmlIsSanitisedInBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            String tables = clean("<table><tr><td>".repeat(100_000) + "deep", false);
            assertTrue(tables.contains("deep"), "the text is kept");
            assertTrue(tables.contains("&lt;table"), "tables beyond the depth limit are shown as text");
            assertFalse(clean("<script>x</script>".repeat(50_000) + "<p>end</p>", false)
                    .contains("script"));
            assertEquals(
                    50_000,
                    clean("<iframe src=x></iframe>".repeat(50_000), false).split("pw-iframe", -1).length - 1);
            clean("<div>".repeat(100_000), false);
            clean("<math><mi>".repeat(50_000), false);
        });
    }

    @Test
    void nestingGuardLeavesOrdinaryTablesAlone() {
        String html = "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>";
        assertSame(html, NestingGuard.bound(html));
        String deep = "<TABLE >".repeat(NestingGuard.MAX_DEPTH + 2);
        assertEquals("<TABLE >".repeat(NestingGuard.MAX_DEPTH) + "&lt;TABLE >&lt;TABLE >", NestingGuard.bound(deep));
        assertSame("<tables>", NestingGuard.bound("<tables>"));
    }
}
