package dev.postwright.validation.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.validation.Fix;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextRuleTest {

    @TempDir
    Path tmp;

    TinySite site;

    @BeforeEach
    void setUp() {
        site = new TinySite(tmp);
    }

    @Test
    void oneProblemPerRunWithAFix() {
        Path post = site.post("p.md", "P", "A 9â€“11 walk to the cafÃ©.\n");
        List<Problem> problems = site.check(post, "text.mojibake");
        assertEquals(List.of("text.mojibake 7:4", "text.mojibake 7:25"), site.brief(post, "text."));
        assertEquals(Severity.WARNING, problems.get(0).severity());
        Fix.TextFix fix = (Fix.TextFix) problems.get(0).fix().orElseThrow();
        assertEquals("–", fix.replacement());
        assertEquals("Replace 'â€“' with '–'", fix.description());
    }

    @Test
    void frontmatterCountsToo() {
        Path post = site.write(
                "src/data/blog/e.md",
                "---\ntitle: Bridge ðŸŒ‰\ndescription: A description that"
                        + " is long enough to pass the length rule of the site.\npubDatetime: 2025-01-01\n---\nBody.\n");
        assertEquals(List.of("text.mojibake 2:15"), site.brief(post, "text."));
    }

    @Test
    void applyingTheFixRemovesTheProblemAndChangesNothingElse() throws IOException {
        Path post = site.post("p.md", "P", "First line.\n\nThe bridge ðŸŒ‰ at dawn.\n\nLast line.\n");
        String before = Files.readString(post, StandardCharsets.UTF_8);
        Fix.TextFix fix = (Fix.TextFix) site.check(post, "text.").get(0).fix().orElseThrow();
        String after = before.substring(0, fix.start()) + fix.replacement() + before.substring(fix.end());
        Files.writeString(post, after, StandardCharsets.UTF_8);

        assertEquals(List.of(), site.brief(post, "text."));
        List<String> oldLines = before.lines().toList();
        List<String> newLines = after.lines().toList();
        assertEquals(oldLines.size(), newLines.size());
        for (int i = 0; i < oldLines.size(); i++) {
            String expected = oldLines.get(i).contains("bridge") ? "The bridge 🌉 at dawn." : oldLines.get(i);
            assertEquals(expected, newLines.get(i));
        }
    }

    @Test
    void cleanTextIsSilent() {
        Path post = site.post("p.md", "P", "Café, naïve, 9–11 hours, “quotes”, 🌉, CAFÉ’s menu.\n");
        assertEquals(List.of(), site.brief(post, "text."));
    }
}
