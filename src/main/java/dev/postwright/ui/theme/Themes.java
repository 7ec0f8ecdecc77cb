package dev.postwright.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Applies the AtlantaFX Primer Light or Primer Dark look to the whole application and says which one is on.
 * {@link Theme#SYSTEM} shows light at once, asks the operating system off the FX thread and switches to dark
 * when it answers so; the FX thread never waits for the probe.
 */
public final class Themes {

    /** {@code -Dpostwright.theme=light|dark|system} overrides the saved choice (screenshots, support). */
    public static final String OVERRIDE_PROPERTY = "postwright.theme";

    private static final String LIGHT_CSS = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK_CSS = new PrimerDark().getUserAgentStylesheet();

    private final SystemAppearance system;
    private final Executor probeExecutor;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private Boolean systemDark;
    private long generation;

    /** Probes the real operating system on a short-lived daemon thread. */
    public Themes() {
        this(new SystemAppearance(), r -> {
            Thread t = new Thread(r, "postwright-theme-probe");
            t.setDaemon(true);
            t.start();
        });
    }

    /** With the probe and the executor it runs on given (tests). */
    public Themes(SystemAppearance system, Executor probeExecutor) {
        this.system = Objects.requireNonNull(system);
        this.probeExecutor = Objects.requireNonNull(probeExecutor);
    }

    /** Applies a theme; call on the FX thread. A {@code -Dpostwright.theme} override wins over the argument. */
    public void apply(Theme choice) {
        Theme t = override().orElse(choice == null ? Theme.SYSTEM : choice);
        theme.set(t);
        long gen = ++generation;
        switch (t) {
            case LIGHT -> show(false);
            case DARK -> show(true);
            case SYSTEM -> {
                show(Boolean.TRUE.equals(systemDark));
                if (systemDark == null) {
                    probe(gen);
                }
            }
        }
    }

    /** Applies the preference now and again whenever it changes. */
    public void follow(ObservableValue<Theme> preference) {
        apply(preference.getValue());
        preference.addListener((o, old, now) -> apply(now));
    }

    /** Asks the system again (say when the window regains focus); only matters while SYSTEM is chosen. */
    public void refreshSystem() {
        if (theme.get() == Theme.SYSTEM) {
            probe(generation);
        }
    }

    /** True while the dark stylesheet is on: bind the preview's {@code darkProperty()} to it. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean isDark() {
        return dark.get();
    }

    /** The theme in effect (after any override). */
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The AtlantaFX user agent stylesheet URL for light or dark. */
    public static String stylesheet(boolean dark) {
        return dark ? DARK_CSS : LIGHT_CSS;
    }

    /** The theme named by {@code -Dpostwright.theme}, if it names one. */
    public static Optional<Theme> override() {
        try {
            return Theme.parse(System.getProperty(OVERRIDE_PROPERTY));
        } catch (SecurityException e) {
            return Optional.empty();
        }
    }

    private void probe(long gen) {
        CompletableFuture.supplyAsync(system::prefersDark, probeExecutor)
                .exceptionally(e -> Optional.empty())
                .thenAccept(answer -> runOnFx(() -> {
                    systemDark = answer.orElse(false);
                    // A later apply() of LIGHT or DARK wins over a slow answer.
                    if (gen == generation && theme.get() == Theme.SYSTEM) {
                        show(systemDark);
                    }
                }));
    }

    private void show(boolean d) {
        Application.setUserAgentStylesheet(stylesheet(d));
        dark.set(d);
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            try {
                Platform.runLater(r);
            } catch (IllegalStateException toolkitGone) {
                // the application is closing
            }
        }
    }
}
