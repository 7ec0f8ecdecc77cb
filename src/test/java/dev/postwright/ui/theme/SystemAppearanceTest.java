package dev.postwright.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemAppearanceTest {

    @Test
    void gnomeColourScheme() {
        assertEquals(Optional.of(true), SystemAppearance.gnomeDark("'prefer-dark'\n"));
        assertEquals(Optional.of(false), SystemAppearance.gnomeDark("'default'\n"));
        assertEquals(Optional.of(true), SystemAppearance.gnomeDark("'Adwaita-dark'"));
        assertEquals(Optional.empty(), SystemAppearance.gnomeDark(""));
    }

    @Test
    void windowsRegistry() {
        String dark = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        String light = "    AppsUseLightTheme    REG_DWORD    0x1\r\n";
        assertEquals(Optional.of(true), SystemAppearance.windowsDark(dark));
        assertEquals(Optional.of(false), SystemAppearance.windowsDark(light));
        assertEquals(Optional.empty(), SystemAppearance.windowsDark("ERROR: not found"));
    }

    @Test
    void aMissingCommandIsUnknownNotAnError() {
        SystemAppearance probe = new SystemAppearance();
        assertEquals(Optional.empty(), probe.run(List.of("postwright-no-such-command-" + System.nanoTime())));
    }

    @Test
    void theProbeNeverThrows() {
        SystemAppearance failing = new SystemAppearance() {
            @Override
            protected Optional<String> run(List<String> command) {
                throw new IllegalStateException("boom");
            }
        };
        assertEquals(Optional.empty(), failing.prefersDark());
    }
}
