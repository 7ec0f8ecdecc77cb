package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStateTest {

    @TempDir
    Path tmp;

    @Test
    void roundTripsThroughTheFile() throws IOException {
        SessionState s = new SessionState(
                List.of(Path.of("/sites/a"), Path.of("/sites/b")),
                List.of(Path.of("/sites/a/x.md"), Path.of("/sites/a/y.md")),
                Optional.of(Path.of("/sites/a/y.md")),
                10,
                20,
                1000,
                700,
                true,
                0.3,
                0.55,
                0.7);
        Path file = tmp.resolve("data/session.properties");
        s.save(file);
        assertEquals(s, SessionState.load(file));
    }

    @Test
    void recentSitesMoveToTheFrontWithoutRepeatsAndAreCapped() {
        SessionState s = SessionState.empty();
        for (int i = 0; i < 12; i++) {
            s = s.withSiteOpened(Path.of("/s" + i));
        }
        s = s.withSiteOpened(Path.of("/s5"));
        assertEquals(SessionState.MAX_RECENT, s.recentSites().size());
        assertEquals(Path.of("/s5"), s.recentSites().get(0));
        assertEquals(Path.of("/s11"), s.recentSites().get(1));
        assertEquals(
                1,
                s.recentSites().stream().filter(p -> p.equals(Path.of("/s5"))).count());
    }

    @Test
    void aMissingOrDamagedFileGivesTheEmptyState() throws IOException {
        assertEquals(SessionState.empty(), SessionState.load(tmp.resolve("none")));
        Path bad = Files.writeString(tmp.resolve("bad"), "window.width=wide\n\\u12");
        assertEquals(SessionState.empty().width(), SessionState.load(bad).width());
    }
}
