package dev.postwright.validation.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageRuleTest {

    @TempDir
    Path tmp;

    TinySite site;

    @BeforeEach
    void setUp() {
        site = new TinySite(tmp);
        site.write("public/images/a.png", "png");
        site.write("public/images/my pic.png", "png");
        site.write("src/data/blog/img/local.png", "png");
    }

    /** The image is on line 7 at column 1 (its !). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "![A](/images/a.png)                 | -",
                "![A](/images/a.png?v=2)             | -",
                "![A](/images/my%20pic.png)          | -",
                "![A](img/local.png)                 | -",
                "![A](./img/local.png)               | -",
                "![A](/images/b.png)                 | image.missing",
                "![A](img/none.png)                  | image.missing",
                "![](/images/a.png)                  | image.alt-missing",
                "![  ](/images/a.png)                | image.alt-missing",
                "![A](https://example.com/p.png)     | image.remote",
                "![A](//cdn.example.com/p.png)       | image.remote",
                "<img src=\"/images/a.png\" alt=\"A\">   | -",
                "<img src=\"/images/a.png\" alt=\"\">    | -",
                "<img src=\"/images/a.png\">           | image.alt-missing",
                "<img src=\"/images/zz.png\" alt=\"Z\">  | image.missing",
            })
    void images(String markdown, String rule) {
        Path post = site.post("p.md", "P", markdown + "\n");
        assertEquals(rule == null ? List.of() : List.of(rule + " 7:1"), site.brief(post, "image."));
    }

    @Test
    void missingImageNamesThePathTriedRelativeToTheSite() {
        Path post = site.post("p.md", "P", "Intro.\n\nText ![jar](/images/missing-jar.png)\n");
        List<Problem> problems = site.check(post, "image.");
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals(9, p.line());
        assertEquals(6, p.column());
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("public/images/missing-jar.png"), p.message());
    }

    @Test
    void severities() {
        Path post = site.post("p.md", "P", "![](/images/a.png)\n\n![R](https://example.com/r.png)\n");
        List<Problem> problems = site.check(post, "image.");
        assertEquals(
                List.of(Severity.WARNING, Severity.INFO),
                problems.stream().map(Problem::severity).toList());
        assertTrue(problems.get(1).message().contains("example.com"));
    }

    @Test
    void imagesInCodeAreIgnored() {
        Path post = site.post("p.md", "P", "```\n![](/images/none.png)\n```\n");
        assertEquals(List.of(), site.brief(post, "image."));
    }
}
