package dev.postwright.ui.theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks the operating system whether it uses a dark appearance. Runs a short external command, so call it off
 * the FX thread; it never throws and gives up after a timeout (empty = unknown).
 */
public class SystemAppearance {

    /** How long one probe command may run. */
    private static final long TIMEOUT_MS = 1500;

    /** True for dark, false for light, empty when the system does not say. */
    public Optional<Boolean> prefersDark() {
        try {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("mac")) {
                // Prints "Dark" in dark mode; exits non-zero (key absent) in light mode.
                return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                        .map(out -> out.toLowerCase(Locale.ROOT).contains("dark"))
                        .or(() -> Optional.of(false));
            }
            if (os.contains("win")) {
                return run(List.of(
                                "reg",
                                "query",
                                "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                                "/v",
                                "AppsUseLightTheme"))
                        .flatMap(SystemAppearance::windowsDark);
            }
            return linuxDark();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Boolean> linuxDark() {
        Optional<Boolean> scheme = run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemAppearance::gnomeDark);
        if (scheme.orElse(false)) {
            return scheme;
        }
        // Older desktops only name a GTK theme such as "Adwaita-dark".
        String env = System.getenv("GTK_THEME");
        if (env != null && env.toLowerCase(Locale.ROOT).contains("dark")) {
            return Optional.of(true);
        }
        Optional<Boolean> gtk = run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .flatMap(SystemAppearance::gnomeDark);
        return gtk.filter(dark -> dark).or(() -> scheme).or(() -> gtk);
    }

    /** {@code 'prefer-dark'} means dark; {@code 'default'} or {@code 'prefer-light'} mean light. */
    static Optional<Boolean> gnomeDark(String out) {
        String s = out.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.contains("dark"));
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static Optional<Boolean> windowsDark(String out) {
        int i = out.indexOf("0x");
        if (i < 0) {
            return Optional.empty();
        }
        String digits = out.substring(i + 2).strip().split("\\s+")[0];
        try {
            return Optional.of(Integer.parseInt(digits, 16) == 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Runs a command; its standard output when it exits 0 within the timeout, otherwise empty. */
    protected Optional<String> run(List<String> command) {
        Process p = null;
        try {
            p = new ProcessBuilder(command)
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Process proc = p;
            Thread reader = new Thread(() -> copy(proc.getInputStream(), out), "postwright-appearance-probe");
            reader.setDaemon(true);
            reader.start();
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            reader.join(200);
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            synchronized (out) {
                return Optional.of(out.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buf = new byte[1024];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (out) {
                    out.write(buf, 0, n);
                }
            }
        } catch (IOException ignored) {
            // the probe is best effort
        }
    }
}
