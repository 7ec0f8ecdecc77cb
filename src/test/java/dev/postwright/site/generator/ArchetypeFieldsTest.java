package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.site.generator.ArchetypeFields.Format;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchetypeFieldsTest {

    @Test
    void tomlValuesAreReplacedInTheirOwnQuotesAndCommentsStay() {
        String text = "+++\nTitle = 'x' # from the file name\nsubtitle = \"y\"\ntags = [\n  \"a\",\n  \"b\",\n]\n"
                + "draft = true\n[params]\n  cover = 'c.jpg'\n+++\n\nBody\n";
        assertEquals(Optional.of(Format.TOML), ArchetypeFields.formatOf(text));
        String out = ArchetypeFields.set(text, Format.TOML, "title", "Night Train");
        out = ArchetypeFields.set(out, Format.TOML, "subtitle", "Sleepers & \"berths\"");
        out = ArchetypeFields.set(out, Format.TOML, "tags", List.of("rail", "it's"));
        out = ArchetypeFields.set(out, Format.TOML, "draft", false);
        out = ArchetypeFields.set(out, Format.TOML, "description", "New");
        assertEquals(
                "+++\nTitle = 'Night Train' # from the file name\nsubtitle = \"Sleepers & \\\"berths\\\"\"\n"
                        + "tags = [\"rail\", \"it's\"]\ndraft = false\ndescription = 'New'\n[params]\n"
                        + "  cover = 'c.jpg'\n+++\n\nBody\n",
                out);
    }

    @Test
    void yamlValuesKeepTheirStyleAndBlockListsTheirIndent() {
        String text = "---\ntitle: \"x\"\ntags:\n    - travel\ndraft: true\n---\n\ntitle: not front matter\n";
        assertEquals(Optional.of(Format.YAML), ArchetypeFields.formatOf(text));
        String out = ArchetypeFields.set(text, Format.YAML, "title", "Sleepers: a guide");
        out = ArchetypeFields.set(out, Format.YAML, "tags", List.of("rail", "night trains"));
        out = ArchetypeFields.set(out, Format.YAML, "description", "Which berth");
        assertEquals(
                "---\ntitle: \"Sleepers: a guide\"\ntags:\n    - rail\n    - night trains\ndraft: true\n"
                        + "description: Which berth\n---\n\ntitle: not front matter\n",
                out);
        assertEquals(
                "---\ntags: [a, b]\n---\n",
                ArchetypeFields.set("---\ntags: []\n---\n", Format.YAML, "tags", List.of("a", "b")));
    }

    @Test
    void jsonMembersAreReplacedOrAddedWithTheObjectsIndent() {
        String text = "{\n    \"title\": \"x\",\n    \"tags\": [\"a\", {\"n\": \"}\"}]\n}\n\nBody\n";
        assertEquals(Optional.of(Format.JSON), ArchetypeFields.formatOf(text));
        String out = ArchetypeFields.set(text, Format.JSON, "Title", "Night \"Train\"");
        out = ArchetypeFields.set(out, Format.JSON, "draft", true);
        assertEquals(
                "{\n    \"title\": \"Night \\\"Train\\\"\",\n    \"tags\": [\"a\", {\"n\": \"}\"}],\n"
                        + "    \"draft\": true\n}\n\nBody\n",
                out);
    }

    @Test
    void noFrontMatterIsNoFormat() {
        assertEquals(Optional.empty(), ArchetypeFields.formatOf("Just a body\n+++\n"));
        assertEquals(Optional.empty(), ArchetypeFields.formatOf("+++\nnever closed\n"));
    }

    @Test
    void linesAnUnknownExpressionEmptiedAreDroppedWhereTheyWouldNotParse() {
        char u = GoTemplate.UNKNOWN;
        assertEquals(
                "+++\nalt = ''\n+++\nSee .\n",
                HugoArchetypes.clean("+++\ncover = " + u + "\nalt = '" + u + "'\n+++\nSee " + u + ".\n"));
        assertEquals(
                "{\n  \"title\": \"t\"\n}\n",
                HugoArchetypes.clean("{\n  \"title\": \"t\",\n  \"cover\": " + u + "\n}\n"));
        assertEquals("---\ncover: \n---\n", HugoArchetypes.clean("---\ncover: " + u + "\n---\n"));
    }
}
