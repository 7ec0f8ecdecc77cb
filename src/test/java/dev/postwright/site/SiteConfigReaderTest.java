package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteConfigReaderTest {

    private static final Path FILE = Path.of("site", ".postwright.yml");

    private static SiteConfig parse(String yaml) throws SiteConfigException {
        return SiteConfigReader.parse(yaml, FILE);
    }

    @Test
    void emptyFileGivesDefaults() throws Exception {
        assertEquals(SiteConfig.defaults(), parse(""));
        assertEquals(SiteConfig.defaults(), parse("# nothing yet\n"));
    }

    @Test
    void readsEverySetting() throws Exception {
        SiteConfig c = parse("""
                preset: Jekyll
                content: _posts           # a single folder is fine too
                public: .
                url: /{categories}/{slug}.html
                author: Grace
                timezone: Europe/Paris
                tags: [java, astro, 'c-sharp']
                tagStyle: any
                description: {min: 20, max: 200}
                rules:
                  slug.duplicate: warning
                  html.iframe: off
                fields:
                  emoji: string
                  series: {type: string-list, default: [misc]}
                  mood: {type: enum, values: [up, down], required: true, nullable: true}
                  pinned: {type: boolean, default: false}
                """);
        assertEquals(Optional.of(Preset.JEKYLL), c.preset());
        assertEquals(List.of("_posts"), c.content());
        assertEquals(Optional.of("."), c.publicDir());
        assertEquals(Optional.of("/{categories}/{slug}.html"), c.url());
        assertEquals(Optional.of("Grace"), c.author());
        assertEquals(Optional.of("Europe/Paris"), c.timezone());
        assertEquals(List.of("java", "astro", "c-sharp"), c.tags());
        assertEquals(TagStyle.ANY, c.tagStyle());
        assertEquals(20, c.descriptionMin());
        assertEquals(200, c.descriptionMax());
        assertEquals(Map.of("slug.duplicate", RuleLevel.WARNING, "html.iframe", RuleLevel.OFF), c.rules());
        assertEquals(Optional.of(RuleLevel.OFF), c.rule("html.iframe"));
        assertEquals(
                List.of(
                        Field.optional("emoji", FieldType.STRING),
                        Field.optional("series", FieldType.STRING_LIST).withDefault("[misc]"),
                        new Field("mood", FieldType.ENUM, true, true, Optional.empty(), List.of("up", "down")),
                        Field.optional("pinned", FieldType.BOOLEAN).withDefault("false")),
                c.fields());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'preset: gatsby'                         | .postwright.yml:1: unknown preset 'gatsby'. Use one of: astropaper, hugo, jekyll.",
                "'url: /x/\\n'                             | .postwright.yml:1: url must start with / and contain {slug}, e.g. url: /blog/{slug}/",
                "'tags: [a]\\ntagstyle: any'              | .postwright.yml:2: unknown setting 'tagstyle'. Known settings: preset, content, public, url, fields, rules, tags, tagStyle, description, timezone, author, spell.",
                "'rules:\\n  slug.format: loud'           | .postwright.yml:2: 'loud' is not valid for a rule level. Use one of: error, warning, info, off.",
                "'description: {min: 200, max: 100}'      | .postwright.yml:1: description min (200) is larger than max (100).",
                "'description: {min: many}'               | .postwright.yml:1: description.min must be a whole number of 0 or more, not 'many'.",
                "'timezone: Mars/Olympus'                 | .postwright.yml:1: unknown timezone 'Mars/Olympus'. Use an IANA name such as Europe/Paris or UTC.",
                "'fields:\\n  mood: {type: enum}'         | .postwright.yml:2: fields.mood has type enum but no values; add values: [a, b].",
                "'fields:\\n  x: {type: colour}'          | .postwright.yml:2: 'colour' is not valid for fields.x.type. Use one of: string, text, boolean, date, datetime, string-list, image, enum, url, number, unknown.",
                "'preset: hugo\\npreset: jekyll'          | .postwright.yml:2: 'preset' is set twice; keep one.",
                "'spell:\\n  language: en-GB'            | .postwright.yml:2: spell takes only lang and fields, not 'language'.",
                "'- just\\n- a list'                      | .postwright.yml:1: the file must be a mapping of settings such as `preset: astropaper`.",
            })
    void badConfigNamesFileLineAndFix(String yaml, String message) {
        SiteConfigException e = assertThrows(SiteConfigException.class, () -> parse(yaml.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void yamlSyntaxErrorHasLine() {
        SiteConfigException e = assertThrows(
                SiteConfigException.class, () -> parse("preset: astropaper\ntags: [a, b\nurl: /x/{slug}/\n"));
        assertEquals(FILE, e.file());
        assertEquals(true, e.getMessage().startsWith(".postwright.yml:"), e.getMessage());
        assertEquals(true, e.getMessage().contains("YAML syntax error"), e.getMessage());
        assertEquals(true, e.line() >= 2, "line " + e.line());
    }

    @Test
    void refusesYamlTags() {
        // Compose never builds objects, so a tag is just an unusual scalar; it must not slip through as a preset.
        assertThrows(SiteConfigException.class, () -> parse("preset: !!java.io.File /etc\n"));
    }
}
