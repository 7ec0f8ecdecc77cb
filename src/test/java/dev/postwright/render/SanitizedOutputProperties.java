package dev.postwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random markdown and raw-HTML fragments, spliced from the classic XSS payloads, markdown syntax and noise, through
 * the whole render pipeline (flexmark, ToC, sanitiser): the output never holds anything that runs, and with remote
 * content off nothing that fetches.
 */
class SanitizedOutputProperties {
    private static final MarkdownEngine ENGINE = new MarkdownEngine();
    private static final ImageResolver RESOLVER = src -> UrlText.isRemote(src)
            ? new ResolvedImage.Remote(src, UrlText.host(src))
            : src.endsWith(".png")
                    ? new ResolvedImage.Local(Path.of("/site/public/x.png"))
                    : new ResolvedImage.Missing(src, src);

    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<ScRiPt src=//evil.test/x.js></ScRiPt>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<body onload=alert('b')>",
            "<div onclick=alert('x')>",
            "<details open ontoggle=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<iframe src=javascript:alert(1)>",
            "<iframe srcdoc='<script>x</script>'>",
            "<a href=\"javascript:alert(1)\">",
            "<a href=\"jav&#x09;ascript:alert(1)\">",
            "<a href=\"&#106;avascript:x\">",
            "<a href=\"javascript&colon;x\">",
            "<a href=vbscript:x>",
            "<a href=\"data:text/html,<script>x</script>\">",
            "<object data=x>",
            "<embed src=x>",
            "<base href=//evil.test/>",
            "<meta http-equiv=refresh content=0;url=x>",
            "<style>*{background:url(//evil.test/s)}</style>",
            "<p style=\"background:url(javascript:x)\">",
            "<div style=\"x:expression(alert(1))\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<video poster=http://evil.test/p>",
            "<audio src=http://evil.test/a>",
            "<img srcset=\"http://evil.test/1x.png 1x\">",
            "<table background=//evil.test/t>",
            "<svg><image href=http://evil.test/i.png /></svg>",
            "<link rel=stylesheet href=//evil.test/c.css>",
            "<input type=image src=http://evil.test/i>",
            "<form action=javascript:x><button>b</button></form>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "<scr<script>ipt>alert(1)</script>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<a href=\"//evil.test/\" ping=//evil.test/p>",
            "![x](javascript:alert(1))",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "![x](//evil.test/i.png)",
            "<javascript:alert(1)>",
            "[x]: javascript:alert(1)\n\n[y][x]",
            "![a](http://evil.test/i.png \"t\")",
            "<img src=\"a.png\" onerror=alert(1) style=\"width:1px;background:url(//evil.test/b)\">");
    private static final List<String> MARKDOWN = List.of(
            "# ",
            "## Table of contents\n",
            "\n\n",
            "\n",
            "- ",
            "1. ",
            "> ",
            "```\n",
            "`",
            "*",
            "_",
            "[",
            "]",
            "(",
            ")",
            "<",
            ">",
            "\"",
            "'",
            "=",
            " ",
            "|a|b|\n|-|-|\n",
            "[^1]",
            "[^1]: n\n",
            "- [ ] ",
            "&",
            "&#",
            ";",
            "/",
            "\\",
            "\t",
            "~~");

    @Property(tries = 400)
    void renderedOutputNeverRunsOrFetches(@ForAll("fragments") String body) {
        ParsedMarkdown parsed = ENGINE.parse(body, 1, 0);
        String offline = ENGINE.renderHtml(parsed, RenderOptions.of(RESOLVER));
        assertEquals(List.of(), SafeHtml.executable(offline), "input:\n" + body + "\noutput:\n" + offline);
        assertEquals(List.of(), SafeHtml.remoteFetches(offline), "input:\n" + body + "\noutput:\n" + offline);
        String online = ENGINE.renderHtml(parsed, RenderOptions.of(RESOLVER).withLoadRemoteContent(true));
        List<String> found = SafeHtml.executable(online).stream()
                .filter(f -> !f.equals("<iframe>"))
                .toList();
        assertEquals(List.of(), found, "input:\n" + body + "\noutput:\n" + online);
    }

    @Property(tries = 300)
    void sanitiserAloneNeverLetsAnythingRun(@ForAll("fragments") String html) {
        String out = new HtmlSanitizer(RenderOptions.of(RESOLVER)).sanitize(html);
        assertEquals(List.of(), SafeHtml.executable(out), "input:\n" + html + "\noutput:\n" + out);
        assertEquals(List.of(), SafeHtml.remoteFetches(out), "input:\n" + html + "\noutput:\n" + out);
    }

    @Provide
    Arbitrary<String> fragments() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PAYLOADS),
                Arbitraries.of(MARKDOWN),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(12), Arbitraries.of(MARKDOWN))
                .as((parts, sep) -> String.join(sep, parts));
    }
}
