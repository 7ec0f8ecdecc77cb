package dev.postwright.spell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A Hunspell {@code .dic}/{@code .aff} pair, read with Lucene's pure-Java Hunspell. */
final class HunspellEngine implements SpellEngine {

    private static final int MAX_SUGGESTIONS = 6;

    private final Hunspell hunspell;

    HunspellEngine(Path dic, Path aff) throws IOException {
        try (InputStream a = Files.newInputStream(aff);
                InputStream d = Files.newInputStream(dic)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d);
            // a pathological word must not hold up the check: suggestions give up after Lucene's time limit
            this.hunspell = new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> {});
        } catch (ParseException e) {
            throw new IOException(
                    aff.getFileName() + " is not a Hunspell affix file (line " + e.getErrorOffset() + ": "
                            + e.getMessage() + ")",
                    e);
        }
    }

    @Override
    public synchronized boolean isCorrect(String word) {
        return hunspell.spell(word);
    }

    @Override
    public synchronized List<String> suggest(String word) {
        List<String> all = hunspell.suggest(word);
        return all.stream().filter(s -> !s.equals(word)).limit(MAX_SUGGESTIONS).toList();
    }
}
