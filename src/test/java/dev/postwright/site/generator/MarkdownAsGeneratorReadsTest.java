package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.postwright.TestClocks;
import dev.postwright.render.LinkRef;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and fields as the generator reads them: CommonMark nesting, Jekyll's Liquid, Hugo's key case. */
class MarkdownAsGeneratorReadsTest {

    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** "file:line rule" of the problems whose rule starts with {@code prefix}. */
    private List<String> problems(String prefix) {
        Site site = SiteDetector.detect(tmp, Optional.empty());
        return new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON)
                .check(List.of()).problems().stream()
                        .filter(p -> p.rule().startsWith(prefix))
                        .map(p -> p.file().getFileName() + ":" + p.line() + " " + p.rule())
                        .toList();
    }

    @Test
    void aLinkInsideLinkTextIsTheInnerExternalLinkAsCommonMarkHasIt() {
        List<LinkRef> links = new MarkdownEngine()
                .parse("See [text]([https://x.org/a](https://x.org/a \"t\")) and [w](https://x.org/Foo_(bar)).\n", 1, 0)
                .links();
        assertEquals(
                List.of("https://x.org/a", "https://x.org/Foo_(bar)"),
                links.stream().map(LinkRef::destination).toList());
        assertEquals(List.of(12, 56), links.stream().map(LinkRef::column).toList());
    }

    @Test
    void jekyllLiquidBlocksAreSkippedAndBaseurlLinksChecked() throws IOException {
        write("_config.yml", "title: x\n");
        write("about.md", "---\ntitle: About\n---\n");
        write("_posts/2020-01-01-x.md", """
                ---
                title: X
                ---
                {% highlight sh %}
                curl www.google.com [a](missing.md)
                {% endhighlight %}
                {% raw %}[b](missing.md){% endraw %}
                {%- comment -%}
                [c](missing.md)
                {%- endcomment -%}
                [about]({{site.baseurl}}/about/) [about]({{ site.baseurl }}/about.html)
                [gone]({{ site.baseurl }}/gone/)
                [d](missing.md)
                """);
        assertEquals(List.of("2020-01-01-x.md:12 link.broken", "2020-01-01-x.md:13 link.broken"), problems("link."));
    }

    @Test
    void hugoFrontMatterKeysAreCaseInsensitive() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("content/posts/upper.md", "---\nTitle: Upper\nDate: 2026-01-01\n---\nBody.\n");
        write("content/posts/none.md", "---\nDate: 2026-01-01\n---\nBody.\n");
        assertEquals(List.of("none.md:1 field.required"), problems("field.required"));
        assertEquals(List.of(), problems("field.unknown"));
    }

    @Test
    void jekyllPostUrlAndLinkTagsAreResolvedAndChecked() throws IOException {
        write("_config.yml", "title: x\n");
        write("_posts/2020-01-01-first.md", "---\ntitle: First\n---\nBody.\n");
        write("_posts/travel/2020-02-01-trip.md", "---\ntitle: Trip\n---\nBody.\n");
        write("_posts/2020-03-01-links.md", """
                ---
                title: Links
                ---
                [one]({% post_url 2020-01-01-first %}) [trip]({% post_url travel/2020-02-01-trip %})
                [file]({% link _posts/2020-01-01-first.md %})
                [gone]({% post_url 2019-01-01-gone %})
                [nofile]({% link _posts/nope.md %})
                {% raw %}{% post_url 1999-01-01-example %}{% endraw %}
                """);
        assertEquals(
                List.of("2020-03-01-links.md:6 link.post-missing", "2020-03-01-links.md:7 link.broken"),
                problems("link."));
    }

    @Test
    void aJekyllPostUrlInsideAHighlightBlockIsChecked() throws IOException {
        // Jekyll 4.3.1 renders the Liquid inside {% highlight %} and stops on the bad post_url (fixture
        // jekyll-shapes); inside {% raw %}, even within a highlight block, the tag is text
        write("_config.yml", "title: x\n");
        write("_posts/2020-01-01-first.md", "---\ntitle: First\n---\nBody.\n");
        write("_posts/2020-03-01-code.md", """
                ---
                title: Code
                ---
                {% highlight markdown %}
                [one]({% post_url 2020-01-01-first %})
                [gone]({% post_url 2019-12-31-gone %})
                {% raw %}[shown]({% post_url 1999-01-01-example %}){% endraw %}
                {% endhighlight %}
                """);
        assertEquals(List.of("2020-03-01-code.md:6 link.post-missing"), problems("link."));
    }

    @Test
    void aHugoPageWithoutADateIsBuiltSoNoFieldIsMissing() throws IOException {
        // Hugo 0.111.3 builds content/about.md without a date (fixture hugo-shapes); a title is still asked for
        write("hugo.toml", "title = 'x'\n");
        write("content/about.md", "---\ntitle: About\n---\nWho writes this.\n");
        write("content/posts/untitled.md", "---\ndate: 2026-01-01\n---\nBody.\n");
        assertEquals(List.of("untitled.md:1 field.required"), problems("field.required"));
    }

    @Test
    void astroFootnotesEndThePageWithAFootnoteLabelHeading() throws IOException {
        // remark-rehype's <h2 id="footnote-label">, as Astro 5.18.2 built it (fixture astro-posts)
        write("astro.config.mjs", "export default {};\n");
        String post = "---\ntitle: %s\npubDatetime: 2026-01-01\ndescription: d\n---\n%s\n";
        write("src/data/blog/notes.md", post.formatted("Notes", "Text.[^1]\n\n[^1]: A note."));
        write("src/data/blog/dangling.md", post.formatted("Dangling", "A definition nothing cites.\n\n[^x]: Unused."));
        write(
                "src/data/blog/links.md",
                post.formatted("Links", "[a](/posts/notes/#footnote-label)\n\n[b](/posts/dangling/#footnote-label)"));
        assertEquals(List.of("links.md:8 link.anchor"), problems("link."));
        Site site = SiteDetector.detect(tmp, Optional.empty());
        assertEquals(List.of("footnote-label"), site.generator().footnoteHeadingIds());
    }

    @Test
    void hugoAndJekyllFootnotesHaveNoHeading() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("content/posts/notes.md", "---\ntitle: Notes\n---\nText.[^1]\n\n[^1]: A note.\n");
        write("content/posts/links.md", "---\ntitle: Links\n---\n[a](/posts/notes/#footnote-label)\n");
        assertEquals(List.of("links.md:4 link.anchor"), problems("link."));
    }

    @Test
    void aHugoFigureSourceIsCheckedAsAnImage() throws IOException {
        // Hugo 0.111.3's figure writes src into <img> as it is; a missing one is a broken image (fixture hugo-shapes)
        write("hugo.toml", "title = 'x'\n");
        write("static/images/lighthouse.png", "png");
        write("content/posts/bundle/index.md", "---\ntitle: Bundle\n---\n{{< figure src=\"nets.png\" >}}\n");
        write("content/posts/bundle/nets.png", "png");
        write("content/posts/figures.md", """
                ---
                title: Figures
                ---
                {{< figure src="/images/lighthouse.png" alt="here" >}}
                {{< figure alt="gone" src='/images/missing-buoy.png' caption="x" >}}
                {{% figure src=/images/missing-too.png %}}
                {{</* figure src="/images/example.png" */>}}
                """);
        assertEquals(List.of("figures.md:5 image.missing", "figures.md:6 image.missing"), problems("image.missing"));
    }

    @Test
    void aWwwAutolinkIsAnExternalLinkAsGfmMakesIt() {
        // remark-gfm and goldmark's linkify publish www.example.org as http://www.example.org (fixtures)
        List<LinkRef> links = new MarkdownEngine()
                .parse("Tide tables at www.example.org/tides and <https://x.org>.\n", 1, 0)
                .links();
        assertEquals(
                List.of("http://www.example.org/tides", "https://x.org"),
                links.stream().map(LinkRef::destination).toList());
    }

    @Test
    void linksInsideAHugoHighlightShortcodeAreCode() throws IOException {
        // Hugo 0.111.3 renders the shortcode's content as code (fixture hugo-shapes)
        write("hugo.toml", "title = 'x'\n");
        write("content/posts/code.md", """
                ---
                title: Code
                ---
                {{< highlight markdown >}}
                An example: [the draft](drafts/not-here.md)
                {{< /highlight >}}
                {{% highlight go "linenos=table" %}}[b](nope.md){{% /highlight %}}
                [outside](also-not-here.md)
                """);
        assertEquals(List.of("code.md:8 link.broken"), problems("link."));
    }

    @Test
    void unclosedShortcodesByTheThousandAreReadInLinearTime() {
        String text = "{{< highlight go >}} [a](x.md)\n".repeat(20_000) + "{{< figure alt=\"x\" ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(List.of(), new HugoGenerator().unlinkedBlocks(text));
            assertEquals(List.of(), TemplateLinks.hugo(text));
        });
    }

    @Test
    void hugoRefAndRelrefAreResolvedAndChecked() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("content/posts/first.md", "---\ntitle: First\ndate: 2026-01-01\n---\nBody.\n");
        write("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2026-01-01\n---\nBody.\n");
        write("content/posts/links.md", """
                ---
                title: Links
                date: 2026-01-02
                ---
                [a]({{< ref "first.md" >}}) [b]({{< relref "/posts/trip" >}}) [c]({{% ref "posts/first#top" %}})
                [d]({{< ref "first" >}}) and {{</* ref "example.md" */>}} in a shortcode comment
                [gone]({{< ref "nope.md" >}})
                [gone too]({{< relref "/posts/missing" >}})
                """);
        assertEquals(List.of("links.md:7 link.post-missing", "links.md:8 link.post-missing"), problems("link."));
    }
}
