package dev.postwright.validation.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontmatter.format}: Hugo's TOML frontmatter is reported as read-only info, and its body is checked. */
class TomlFrontmatterTest {

    @TempDir
    Path tmp;

    @Test
    void hugoTomlPostIsInfoAndItsBodyAndIndexWork() {
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

        List<Problem> problems = s.problems(toml);
        assertEquals(List.of("frontmatter.format 1:1", "link.anchor 10:26"), s.check(toml));
        Problem info = problems.get(0);
        assertEquals("info", info.severity().name().toLowerCase(Locale.ROOT));
        assertTrue(info.message().contains("TOML frontmatter (+++) is read-only"), info.message());
        assertEquals(List.of(), s.check(yaml)); // the TOML post's slug and heading ids are in the index
    }

    @Test
    void yamlHugoPostHasNoFormatInfo() {
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
