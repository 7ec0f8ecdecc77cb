package dev.postwright.frontmatter;

import java.util.Optional;

/** A typed field read: the value when it has the expected type, or a type error a writer understands. */
public record TypedRead<T>(Optional<T> value, Optional<String> typeError) {

    public static <T> TypedRead<T> of(T value) {
        return new TypedRead<>(Optional.of(value), Optional.empty());
    }

    public static <T> TypedRead<T> absent() {
        return new TypedRead<>(Optional.empty(), Optional.empty());
    }

    public static <T> TypedRead<T> error(String message) {
        return new TypedRead<>(Optional.empty(), Optional.of(message));
    }
}
