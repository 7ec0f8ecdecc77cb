package dev.postwright.site.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Archetypes stitched together from template, fence and quoting fragments at random: making a post from one never
 * throws, and the post always has front matter holding the writer's title.
 */
class HostileArchetypeProperties {

    private static final List<String> PIECES = List.of(
            "+++\n",
            "---\n",
            "{\n",
            "}\n",
            "{{",
            "}}",
            "{{ .Date }}",
            "{{ if .Site.Title }}",
            "{{ end }}",
            "{{ else }}",
            "{{- ",
            " -}}",
            "{{/* c */}}",
            "{{ replace .Name \"-\" \" \" | title }}",
            "{{ range . }}",
            "{{ now.Format \"2006\" }}",
            "{{ .Site.Params.a.b }}",
            "{{ (print \"x\") }}",
            "{{ $ }}",
            "{{ \"unclosed }}",
            "title = ",
            "title: ",
            "\"title\": ",
            "tags = [",
            "tags:\n",
            "  - a\n",
            "]",
            "'",
            "\"",
            "`",
            "\\",
            ",",
            "(",
            ")",
            "|",
            "[params]\n",
            "draft = true\n",
            "\r\n",
            "\n",
            " ",
            "é",
            "#",
            "=",
            ":");

    private static final Path ROOT = site();

    private static Path site() {
        try {
            Path root = Files.createTempDirectory("archetype-props");
            TestSites.write(root, "hugo.toml", "title = 'Slow Rails'\n[params]\n  a = { b = 1 }\n");
            TestSites.write(root, "content/posts/.keep", "");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeSite() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 400)
    void anyArchetypeMakesAPostWithTheTitle(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder archetype = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            archetype.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        TestSites.write(ROOT, "archetypes/default.md", archetype.toString());
        Site site = SiteDetector.detect(ROOT, Optional.empty());
        NewPostText post = HugoArchetypes.newPost(
                site,
                ROOT.resolve("content/posts/night-train.md"),
                new NewPostFields(
                        "Night Train",
                        random.nextBoolean(),
                        random.nextBoolean() ? List.of("rail") : List.of(),
                        ZonedDateTime.parse("2026-12-07T10:00:00Z"),
                        random.nextBoolean(),
                        Optional.of("About it")));
        String text = post.text();
        assertTrue(ArchetypeFields.formatOf(text).isPresent(), () -> archetype + "\n=>\n" + text);
        assertTrue(text.contains("Night Train"), () -> archetype + "\n=>\n" + text);
        assertTrue(text.indexOf(GoTemplate.UNKNOWN) < 0, () -> archetype + "\n=>\n" + text);
    }
}
