package dev.postwright.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.badinput.HostileSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #18 item 13: {@code new} makes file names every system accepts, or says why not in words. */
class NewPostNamesTest {

    private static final Duration GUARD = Duration.ofSeconds(30);
    private static final String DESCRIPTION = "A description that is comfortably longer than fifty characters, okay.";

    @TempDir
    Path tmp;

    HostileSite site;

    @BeforeEach
    void setUp() throws IOException {
        site = new HostileSite(tmp);
    }

    private Run create(String... extra) {
        List<String> args =
                new ArrayList<>(List.of("new", "--site", site.root.toString(), "--description", DESCRIPTION));
        args.addAll(List.of(extra));
        return HostileSite.cli(GUARD, args.toArray(String[]::new));
    }

    @Test
    void aThreeHundredCharacterTitleGetsAShortUniqueFileName() {
        String words = "a very long title that keeps going ".repeat(9);
        Run one = create("--title", words + "one");
        Run two = create("--title", words + "two");
        assertEquals(0, one.code(), one.all());
        assertEquals(0, two.code(), two.all());
        Path first = Path.of(one.out().lines().findFirst().orElseThrow());
        Path second = Path.of(two.out().lines().findFirst().orElseThrow());
        assertTrue(Files.isRegularFile(first) && Files.isRegularFile(second));
        assertTrue(
                first.getFileName().toString().length() <= 100,
                first.getFileName().toString());
        assertNotEquals(first, second, "still unique");
        assertTrue(first.getFileName().toString().startsWith("a-very-long-title-that-keeps-going"));
    }

    @ParameterizedTest
    @CsvSource({
        "CON, con-post.md",
        "aux, aux-post.md",
        "Nul, nul-post.md",
        "com1, com1-post.md",
        "LPT9, lpt9-post.md",
        "Console, console.md"
    })
    void windowsReservedNamesGetASafeSlug(String title, String file) {
        Run r = create("--title", title);
        assertEquals(0, r.code(), r.all());
        assertEquals(
                file,
                Path.of(r.out().lines().findFirst().orElseThrow()).getFileName().toString());
    }

    @Test
    void aReservedSlugGivenByHandIsRefusedWithTheFix() {
        Run r = create("--title", "Console tips", "--slug", "con");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Windows reserves") && r.err().contains("con-post"), r.err());
    }
}
