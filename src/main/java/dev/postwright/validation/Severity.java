package dev.postwright.validation;

import java.util.Locale;

/** How bad a problem is: errors block saving, warnings and infos never do. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case name as written in output and in {@code .postwright.yml}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
