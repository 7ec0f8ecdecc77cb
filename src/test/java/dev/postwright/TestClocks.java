package dev.postwright;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The fixed clocks the tests run on; each test keeps the instant (and zone: the region "UTC" and the offset "Z"
 * format differently) its dates were written against.
 */
public final class TestClocks {

    /** The rule tests' "today": posts dated 2024 are past, 2026 future. */
    public static final Clock JUNE_2025 = at("2025-06-01T00:00:00Z");
    /** The workspace, wizard and view model tests' "today". */
    public static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneId.of("UTC"));
    /** The window tests' "today". */
    public static final Clock JUNE_2026 = at("2026-06-01T10:00:00Z");
    /** The Hugo and Jekyll preset tests' "today". */
    public static final Clock JUNE_2026_NOON = at("2026-06-01T12:00:00Z");

    private TestClocks() {}

    /** A clock stopped at {@code instant}, in UTC. */
    public static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
