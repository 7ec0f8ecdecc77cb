package dev.postwright.validation.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's TOML and JSON front matter: fields validated like YAML's, syntax errors at line and column, body checked. */
class TomlFrontmatterTest {

    @TempDir
    Path tmp;

    @Test
    void hugoTomlPostIsCheckedAndItsBodyAndIndexWork() {
        PresetSite s = PresetSite.hugo(tmp);
        Path toml = s.write("content/posts/toml.md", """
                +++
                title = "TOML post"
                date = 2025-03-02T08:00:00+01:00
                slug = "from-toml"
                tags = ["trains"]
                +++

                ## Why TOML

                See [why](#why-toml) and [nowhere](#nope).
                """);
        Path yaml = s.write("content/posts/yaml.md", """
                ---
                title: YAML post
                date: 2025-03-02T08:00:00+01:00
                ---

                Link to [the TOML post](/posts/from-toml/#why-toml).
                """);

        assertEquals(List.of("link.anchor 10:26"), s.check(toml));
        assertEquals(List.of(), s.check(yaml)); // the TOML post's slug and heading ids are in the index
    }

    @Test
    void tomlAndJsonFieldsAreValidatedLikeYaml() {
        PresetSite s = PresetSite.hugo(tmp);
        Path toml = s.write("content/posts/t.md", "+++\ntitle = \"T\"\ndate = \"not a date\"\n+++\n\nText.\n");
        Path json = s.write("content/posts/j.md", "{\n  \"title\": \"J\",\n  \"date\": \"not a date\"\n}\n\nText.\n");
        Path good = s.write("content/posts/g.md", "{\n  \"title\": \"J\",\n  \"date\": \"2025-03-02\"\n}\n\nText.\n");
        assertEquals(List.of("date.invalid 3:8"), s.check(toml));
        assertEquals(List.of("date.invalid 3:11"), s.check(json));
        assertEquals(List.of(), s.check(good));
    }

    @Test
    void brokenTomlIsASyntaxErrorAtItsLineAndColumn() {
        PresetSite s = PresetSite.hugo(tmp);
        Path toml = s.write("content/posts/t.md", "+++\ntitle = \"T\"\ndate = \n+++\n\nText.\n");
        List<Problem> problems = s.problems(toml);
        assertEquals(List.of("yaml.syntax 3:8"), s.check(toml));
        assertTrue(
                problems.get(0).message().startsWith("TOML error: "),
                problems.get(0).message());
        assertEquals("error", problems.get(0).severity().name().toLowerCase(Locale.ROOT));
    }

    @Test
    void yamlHugoPostIsClean() {
        PresetSite s = PresetSite.hugo(tmp);
        Path yaml = s.write("content/posts/yaml.md", "---\ntitle: Y\ndate: 2025-03-02\n---\n\nText.\n");
        assertEquals(List.of(), s.check(yaml));
    }

    @Test
    void tomlOnAnotherPresetIsStillAnError() {
        PresetSite s = PresetSite.jekyll(tmp);
        Path toml = s.write("_posts/2025-01-01-toml.md", "+++\ntitle = \"x\"\n+++\n\nText.\n");
        List<Problem> problems = s.problems(toml);
        assertEquals(List.of("frontmatter.missing 1:1"), s.check(toml));
        assertTrue(problems.get(0).message().contains("TOML"), problems.get(0).message());
    }

    @Test
    void unclosedTomlIsUnterminated() {
        PresetSite s = PresetSite.hugo(tmp);
        Path toml = s.write("content/posts/toml.md", "+++\ntitle = \"x\"\n\nText.\n");
        assertEquals(List.of("frontmatter.unterminated 1:1"), s.check(toml));
    }
}
