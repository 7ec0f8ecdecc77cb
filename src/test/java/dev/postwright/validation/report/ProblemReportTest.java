package dev.postwright.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.validation.Fix;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemReportTest {

    private static final Path ROOT = Path.of("/sites/blog");
    private static final Path A = ROOT.resolve("src/data/blog/a.md");
    private static final Path B = ROOT.resolve("src/data/blog/b.md");

    private static Problem problem(Path file, int line, int col, Severity s, String rule, String msg, Fix fix) {
        return new Problem(file, line, col, s, rule, msg, Optional.ofNullable(fix));
    }

    private static final List<Problem> PROBLEMS = List.of(
            problem(
                    B,
                    2,
                    1,
                    Severity.WARNING,
                    "tag.near-duplicate",
                    "Tag 'JavaScript' is also used as 'javascript'",
                    new Fix.FieldEdit("tags", "[javascript]", "Use the existing tag 'javascript'")),
            problem(A, 3, 1, Severity.ERROR, "slug.duplicate", "Slug \"hello\" is also used by b.md", null),
            problem(A, 1, 1, Severity.INFO, "html.iframe", "Iframe shown as a placeholder offline", null),
            problem(A, 3, 1, Severity.ERROR, "date.order", "modDatetime is before pubDatetime", null));

    @Test
    void jsonExactly() {
        String expected = "{\"version\":1,\"root\":\"/sites/blog\",\"preset\":\"astropaper\",\"files\":12,"
                + "\"errors\":2,\"warnings\":1,\"problems\":[\n"
                + "{\"file\":\"src/data/blog/a.md\",\"line\":1,\"column\":1,\"severity\":\"info\",\"rule\":\"html.iframe\","
                + "\"message\":\"Iframe shown as a placeholder offline\"},\n"
                + "{\"file\":\"src/data/blog/a.md\",\"line\":3,\"column\":1,\"severity\":\"error\",\"rule\":\"date.order\","
                + "\"message\":\"modDatetime is before pubDatetime\"},\n"
                + "{\"file\":\"src/data/blog/a.md\",\"line\":3,\"column\":1,\"severity\":\"error\",\"rule\":\"slug.duplicate\","
                + "\"message\":\"Slug \\\"hello\\\" is also used by b.md\"},\n"
                + "{\"file\":\"src/data/blog/b.md\",\"line\":2,\"column\":1,\"severity\":\"warning\",\"rule\":\"tag.near-duplicate\","
                + "\"message\":\"Tag 'JavaScript' is also used as 'javascript'\",\"fix\":\"Use the existing tag 'javascript'\"}\n"
                + "]}";
        assertEquals(expected, new ProblemReport(ROOT, "astropaper", 12, PROBLEMS).json());
    }

    @Test
    void jsonWithoutProblems() {
        assertEquals(
                "{\"version\":1,\"root\":\"/sites/blog\",\"preset\":\"astropaper\",\"files\":3,"
                        + "\"errors\":0,\"warnings\":0,\"problems\":[]}",
                new ProblemReport(ROOT, "astropaper", 3, List.of()).json());
    }

    @Test
    void jsonEscapesEveryString() {
        Problem p = problem(
                ROOT.resolve("posts/we\"ird\\name.md"),
                1,
                1,
                Severity.WARNING,
                "text.mojibake",
                "Mis-decoded text \"â€“\"\tshould be –\n",
                new Fix.TextFix(0, 3, "–", "Replace with \"–\""));
        String json = new ProblemReport(ROOT, "a\"b", 1, List.of(p)).json();
        assertEquals(
                "{\"version\":1,\"root\":\"/sites/blog\",\"preset\":\"a\\\"b\",\"files\":1,"
                        + "\"errors\":0,\"warnings\":1,\"problems\":[\n"
                        + "{\"file\":\"posts/we\\\"ird\\\\name.md\",\"line\":1,\"column\":1,\"severity\":\"warning\","
                        + "\"rule\":\"text.mojibake\",\"message\":\"Mis-decoded text \\\"â€“\\\"\\tshould be –\\n\","
                        + "\"fix\":\"Replace with \\\"–\\\"\"}\n]}",
                json);
    }

    @Test
    void textLinesAndSummary() {
        String expected = """
                src/data/blog/a.md:1:1: info html.iframe Iframe shown as a placeholder offline
                src/data/blog/a.md:3:1: error date.order modDatetime is before pubDatetime
                src/data/blog/a.md:3:1: error slug.duplicate Slug "hello" is also used by b.md
                src/data/blog/b.md:2:1: warning tag.near-duplicate Tag 'JavaScript' is also used as 'javascript'
                12 files checked: 2 errors, 1 warning, 1 info""";
        assertEquals(expected, new ProblemReport(ROOT, "astropaper", 12, PROBLEMS).text(false));
    }

    @Test
    void textColoursOnlyTheSeverity() {
        Problem p = problem(A, 4, 7, Severity.ERROR, "link.broken", "No file 'x.png'", null);
        assertEquals(
                "src/data/blog/a.md:4:7: \u001b[31merror\u001b[0m link.broken No file 'x.png'\n"
                        + "1 file checked: 1 error",
                new ProblemReport(ROOT, "astropaper", 1, List.of(p)).text(true));
    }

    @Test
    void textFlattensMultiLineMessages() {
        Problem p = problem(A, 1, 1, Severity.ERROR, "yaml.syntax", "bad YAML:\n  here\u001b[2J", null);
        assertEquals(
                "src/data/blog/a.md:1:1: error yaml.syntax bad YAML:   here [2J\n1 file checked: 1 error",
                new ProblemReport(ROOT, "astropaper", 1, List.of(p)).text(false));
    }

    @Test
    void summaryWithoutProblems() {
        assertEquals("12 files checked: no problems", new ProblemReport(ROOT, "astropaper", 12, List.of()).text(true));
        assertEquals("0 files checked: no problems", new ProblemReport(ROOT, "astropaper", 0, List.of()).summary());
    }

    @Test
    void exitCode() {
        assertEquals(1, new ProblemReport(ROOT, "p", 1, PROBLEMS).exitCode());
        assertEquals(0, new ProblemReport(ROOT, "p", 1, PROBLEMS.subList(0, 1)).exitCode());
        assertEquals(0, new ProblemReport(ROOT, "p", 1, List.of()).exitCode());
    }

    @Test
    void relativePaths() {
        ProblemReport r = new ProblemReport(ROOT, "p", 0, List.of());
        assertEquals("src/data/blog/a.md", r.relative(A));
        assertEquals("src/x.md", r.relative(ROOT.resolve("src/./y/../x.md")));
        assertEquals("../other/x.md", r.relative(Path.of("/sites/other/x.md")));
        assertEquals(
                "src/data/blog/a.md",
                new ProblemReport(Path.of("."), "p", 0, List.of()).relative(Path.of("src/data/blog/a.md")));
    }
}
