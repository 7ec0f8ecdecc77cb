package dev.postwright.validation;

import java.util.List;

/** The standard rule families, in the order their problems are usually read. */
public final class Rules {
    private Rules() {}

    public static List<Rule> standard() {
        return List.of();
    }
}
