package dev.postwright.spell;

import java.util.List;

/** One language's word list: knows whether a word is spelt right and what it might have meant. */
public interface SpellEngine {

    /** True when {@code word} (one token, no surrounding punctuation) is in the dictionary. */
    boolean isCorrect(String word);

    /** Likely intended words, best first; empty when there is no good guess. */
    List<String> suggest(String word);
}
