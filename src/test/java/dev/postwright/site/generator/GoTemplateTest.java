package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The archetype template subset; the expected texts were printed by Hugo 0.111.3 for the same templates. */
class GoTemplateTest {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-01-05T07:08:09.120+01:00[Europe/Berlin]");

    private static GoTemplate.Result run(String template) {
        GoPipeline.Params params = new GoPipeline.Params();
        params.put("author", "Mara Lindqvist");
        params.put("social", HugoArchetypes.params(Map.of("mastodon", "@mara")));
        Map<String, Object> root = Map.of(
                "Name", "night-train-to-narvik",
                "Date", GoTimeLayout.format(NOW, GoTimeLayout.RFC3339),
                "Site", Map.of("Title", "Slow Rails", "Params", params));
        return GoTemplate.evaluate(template, new GoPipeline(root, NOW));
    }

    @Test
    void hugosFunctionsAsHugoPrintsThem() {
        GoTemplate.Result r = run("""
                {{ dateFormat "2006-01-02" "2026-01-05T07:08:09.120+01:00" }}
                {{ dateFormat "Monday, 2 Jan 2006" "2026-01-05T07:08:09.120+01:00" }}
                {{ dateFormat "Jan _2 15:04:05.000" "2026-01-05T07:08:09.120+01:00" }}
                {{ dateFormat "3:04PM .999 -0700 Z07:00" "2026-01-05T07:08:09.120+01:00" }}
                {{ dateFormat "02/01/06 January Mon 002" "2026-01-05T19:08:09Z" }}
                {{ dateFormat "2006-01-02T15:04:05Z07:00 pm" "2026-01-05T19:08:09Z" }}
                {{ replace "a-b-c-d" "-" " " 2 }}|{{ "night-train_to" | humanize }}|{{ strings.FirstUpper "élan vital" }}|\
                {{ upper "x" }}{{ lower "Y" }}
                {{ with .Site.Params.nothing }}no{{ else }}else-branch{{ end }}|{{ if .Site.Title }}{{ .Site.Title }}\
                {{ end }}|{{ default "fallback" .Site.Params.nothing }}|{{ print "a" 1 }}
                """);
        assertEquals("""
                2026-01-05
                Monday, 5 Jan 2026
                Jan  5 07:08:09.120
                7:08AM .12 +0100 +01:00
                05/01/26 January Mon 005
                2026-01-05T19:08:09Z pm
                a b c-d|Night train to|Élan vital|Xy
                else-branch|Slow Rails|fallback|a1
                """, r.text());
        assertEquals(List.of(), r.unknown());
    }

    @Test
    void nowDateAndFields() {
        GoTemplate.Result r =
                run("{{ .Date }} {{ now.Format \"2006\" }} {{ time.Now.Format \"01\" }} {{ .Site.Params.Author }}"
                        + " {{ .Site.Params.social.mastodon }} {{ with .Site.Params.author }}by {{ . }}{{ end }}");
        assertEquals("2026-01-05T07:08:09+01:00 2026 01 Mara Lindqvist @mara by Mara Lindqvist", r.text());
    }

    @Test
    void trimMarkersAndCommentsLeaveNothing() {
        assertEquals(
                "a:b", run("a \n {{- /* gone */ -}} \n :{{/* also gone */}}b").text());
        assertEquals("x -3", run("x {{-3}}").text(), "{{-3 is the number -3, not a trim marker");
    }

    @Test
    void whatItDoesNotUnderstandIsNamedAndMarked() {
        GoTemplate.Result r = run("a{{ .Resources.Get \"x\" }}b{{ partial \"p\" . }}c{{ range .Pages }}d{{ end }}"
                + "{{ .Site.Nope }}{{ replace .Name }}");
        assertEquals(
                List.of(
                        "{{ .Resources.Get \"x\" }}",
                        "{{ partial \"p\" . }}",
                        "{{ range .Pages }}",
                        "{{ .Site.Nope }}",
                        "{{ replace .Name }}"),
                r.unknown());
        String marker = String.valueOf(GoTemplate.UNKNOWN);
        assertEquals("a" + marker + "b" + marker + "c" + marker + marker + marker, r.text());
    }

    @Test
    void anUnclosedBlockIsNamed() {
        GoTemplate.Result r = run("{{ if .Site.Title }}x");
        assertEquals("x", r.text());
        assertEquals(List.of("{{ if .Site.Title }} (no {{ end }})"), r.unknown());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "night train to narvik|Night Train to Narvik",
                "a tale of two cities and the night in between|A Tale of Two Cities and the Night in Between",
                "of mice and men|Of Mice and Men",
                "over the hills|Over the Hills",
                "the 4 50 from paddington|The 4 50 From Paddington",
                "a_b c|A_b C",
                "the end of|The End Of"
            })
    void titleCaseAsHugo(String in, String out) {
        assertEquals(out, HugoTitleCase.title(in));
    }
}
