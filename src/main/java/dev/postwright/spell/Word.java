package dev.postwright.spell;

/** A word to check: the characters {@code [start, end)} of the text it was found in. */
public record Word(int start, int end, String text) {

    public Word shift(int by) {
        return new Word(start + by, end + by, text);
    }
}
