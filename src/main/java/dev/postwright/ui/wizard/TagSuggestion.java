package dev.postwright.ui.wizard;

/** A tag already used on the site, with how many posts use it; shown as {@code sourdough (3)}. */
public record TagSuggestion(String tag, int count) {

    public String label() {
        return tag + " (" + count + ")";
    }
}
