package dev.postwright.validation.text;

import java.util.Optional;

/**
 * Checks a description's length in code points against {@code [min, max]}.
 * A null or blank description is silent: {@code field.required} reports that.
 */
public record DescriptionLength(int min, int max) {

    public static final int DEFAULT_MIN = 50;
    public static final int DEFAULT_MAX = 160;

    public DescriptionLength {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ", " + max);
        }
    }

    /** The defaults: 50 to 160. */
    public DescriptionLength() {
        this(DEFAULT_MIN, DEFAULT_MAX);
    }

    /** A message for the writer when the length is outside the limits, else empty. */
    public Optional<String> check(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        int n = description.codePointCount(0, description.length());
        if (n > max) {
            return Optional.of(
                    "Description is " + chars(n) + "; keep it under " + max + " so search results show it whole");
        }
        if (n < min) {
            return Optional.of("Description is " + chars(n) + "; make it at least " + min
                    + " so search results have something to show");
        }
        return Optional.empty();
    }

    /** Same as {@code new DescriptionLength().check(description)}. */
    public static Optional<String> checkDefault(String description) {
        return new DescriptionLength().check(description);
    }

    private static String chars(int n) {
        return n == 1 ? "1 character" : n + " characters";
    }
}
