package dev.postwright.spell;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * A LanguageTool spelling dictionary in morfologik's FSA format ({@code en_US.dict} with its {@code .info}),
 * as bundled in {@code org.languagetool:english-pos-dict}. The speller keeps buffers, so calls are serialised.
 */
final class MorfologikEngine implements SpellEngine {

    private static final int MAX_SUGGESTIONS = 6;

    private final Speller speller;

    MorfologikEngine(URL dict) throws IOException {
        this.speller = new Speller(Dictionary.read(dict), 1);
    }

    @Override
    public synchronized boolean isCorrect(String word) {
        return !speller.isMisspelled(word);
    }

    @Override
    public synchronized List<String> suggest(String word) {
        // the FSA holds a few entries with spaces and many rare abbreviations; a writer wants words
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String s : speller.findReplacements(word)) {
            if (!s.isBlank() && !s.equals(word)) {
                out.add(s);
            }
            if (out.size() == MAX_SUGGESTIONS) {
                break;
            }
        }
        return new ArrayList<>(out);
    }
}
