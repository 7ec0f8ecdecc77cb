package dev.postwright.spell;

import java.util.List;

/**
 * A word no dictionary knows: characters {@code [start, end)} of the whole file, the language it was checked
 * in, and what the writer may have meant (best first, possibly none).
 */
public record Misspelling(int start, int end, String word, String language, List<String> suggestions) {

    public Misspelling {
        suggestions = List.copyOf(suggestions);
    }
}
