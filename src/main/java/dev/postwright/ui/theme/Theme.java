package dev.postwright.ui.theme;

import java.util.Locale;
import java.util.Optional;

/** The writer's theme choice: follow the operating system, or always light or dark. */
public enum Theme {
    SYSTEM("Same as the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The stored id: {@code system}, {@code light}, {@code dark}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme for a stored id, ignoring case and blanks; empty for anything else. */
    public static Optional<Theme> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Theme t : values()) {
            if (t.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
