package dev.postwright.spell;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.post.PostWriteException;
import dev.postwright.site.PostSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spell checking for one site: its settings and dictionary, the writer's personal dictionary, the words ignored
 * per post, over the shared {@link Dictionaries}. A paragraph whose text is unchanged is not looked up again
 * (results are cached by paragraph text), and suggestions are computed once per word. Thread-safe; call off the
 * UI thread (the first check in a language loads its dictionary).
 */
public final class SiteSpelling {

    /** The site dictionary, relative to the site root: committed with the site. */
    public static final String SITE_DICTIONARY = ".postwright/dictionary.txt";

    private static final int CACHE_CHUNKS = 20_000;
    private static final int CACHE_WORDS = 5_000;
    private static final Set<String> SUFFIXES = Set.of("'s", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NT_STEMS = Set.of("ca", "wo", "sha", "ai");
    private static final ProseTokenizer TOKENIZER = new ProseTokenizer();

    private final Path siteRoot;
    private volatile SpellSettings settings;
    private final Dictionaries dictionaries;
    private final WordListFile siteWords;
    private final Optional<WordListFile> personalWords;
    private final Map<Path, Set<String>> ignored = new ConcurrentHashMap<>();
    private final Map<String, List<Word>> chunks = lru(CACHE_CHUNKS);
    private final Map<String, List<String>> suggestions = lru(CACHE_WORDS);

    /** {@code settings} null means "read from the site's files at the first check" (no I/O here). */
    public SiteSpelling(Path siteRoot, SpellSettings settings, Dictionaries dictionaries, Optional<Path> personal) {
        this.siteRoot = siteRoot;
        this.settings = settings;
        this.dictionaries = dictionaries;
        this.siteWords = new WordListFile(siteRoot.resolve(SITE_DICTIONARY));
        this.personalWords = personal.map(WordListFile::new);
    }

    /**
     * The site's settings, read from its files at the first check, with the personal dictionary at
     * {@code personal} if given. Cheap: nothing is read or loaded here, so it may be called on the UI thread.
     */
    public static SiteSpelling open(Path siteRoot, Dictionaries dictionaries, Optional<Path> personal) {
        return new SiteSpelling(siteRoot, null, dictionaries, personal);
    }

    public SpellSettings settings() {
        SpellSettings s = settings;
        if (s == null) {
            s = SpellSettings.of(siteRoot);
            settings = s;
        }
        return s;
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /**
     * The unknown words of a post: its markdown body's prose and its prose frontmatter fields. {@code vocabulary}
     * holds the site's own words (tag names, words of post titles), which count as known.
     */
    public List<Misspelling> check(Path post, String text, FrontmatterDocument fm, Collection<String> vocabulary) {
        SpellSettings settings = settings();
        String lang = language(fm);
        Optional<SpellEngine> engine = dictionaries.engine(lang);
        if (engine.isEmpty()) {
            return List.of();
        }
        Set<String> known = knownWords(post, vocabulary);
        List<Misspelling> out = new ArrayList<>();
        for (String field : settings.proseFields()) {
            fieldChunk(text, fm, field).ifPresent(c -> report(c, lang, engine.get(), known, out));
        }
        if (fm.body() != null && !fm.body().isEmpty()) {
            for (ProseTokenizer.Chunk c : TOKENIZER.markdown(fm.body(), fm.bodyOffset())) {
                report(c, lang, engine.get(), known, out);
            }
        }
        return out;
    }

    /**
     * The unknown words of one frontmatter field's value as the writer types it in the form, offsets in
     * {@code value}; empty when the field is not prose. {@code fm} (may be null) gives the post's language.
     */
    public List<Misspelling> checkField(
            Path post, String field, String value, FrontmatterDocument fm, Collection<String> vocabulary) {
        if (!settings().proseFields().contains(field) || value.isBlank()) {
            return List.of();
        }
        String lang = fm == null
                ? dictionaries.resolve(settings().language()).orElse(SpellSettings.DEFAULT_LANGUAGE)
                : language(fm);
        Optional<SpellEngine> engine = dictionaries.engine(lang);
        if (engine.isEmpty()) {
            return List.of();
        }
        List<Misspelling> out = new ArrayList<>();
        report(ProseTokenizer.plain(value, 0), lang, engine.get(), knownWords(post, vocabulary), out);
        return out;
    }

    /** The post's language: its {@code lang} field if a dictionary has it, else the site's. */
    private String language(FrontmatterDocument fm) {
        return FieldValues.string(fm, "lang")
                .flatMap(dictionaries::resolve)
                .orElseGet(() -> dictionaries.resolve(settings().language()).orElse(SpellSettings.DEFAULT_LANGUAGE));
    }

    /**
     * The site's own words as the spelling rule counts them: tag names and the words of the other posts' titles
     * ({@code post}'s own title is what is being checked, so it does not vouch for itself).
     */
    public static List<String> vocabulary(Collection<PostSummary> posts, List<String> siteTags, Path post) {
        List<String> vocabulary = new ArrayList<>(siteTags);
        Path self = key(post);
        for (PostSummary summary : posts) {
            vocabulary.addAll(summary.tags());
            if (!key(summary.path()).equals(self)) {
                vocabulary.add(summary.title());
            }
        }
        return vocabulary;
    }

    private void report(
            ProseTokenizer.Chunk chunk, String lang, SpellEngine engine, Set<String> known, List<Misspelling> out) {
        String key = lang + '\u0000' + chunk.source();
        List<Word> unknown;
        synchronized (chunks) {
            unknown = chunks.get(key);
        }
        if (unknown == null) {
            unknown = chunk.words().stream()
                    .filter(w -> !engineKnows(engine, w.text()))
                    .toList();
            synchronized (chunks) {
                chunks.put(key, unknown);
            }
        }
        for (Word w : unknown) {
            if (!isKnown(known, w.text())) {
                out.add(new Misspelling(
                        chunk.start() + w.start(),
                        chunk.start() + w.end(),
                        w.text(),
                        lang,
                        suggestions(lang, engine, w.text())));
            }
        }
    }

    /** Suggestions for a word, computed once per language and word. */
    public List<String> suggestions(String lang, SpellEngine engine, String word) {
        String key = lang + '\u0000' + word;
        synchronized (suggestions) {
            List<String> cached = suggestions.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<String> found = engine.suggest(word.replace('\u2019', '\''));
        if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            found = found.stream()
                    .map(s -> s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1))
                    .distinct()
                    .toList();
        }
        synchronized (suggestions) {
            suggestions.put(key, found);
            suggestions.put(word, found);
        }
        return found;
    }

    /** Suggestions last computed for a word, in any language (for a menu on the UI thread: never blocks). */
    public Optional<List<String>> cachedSuggestions(String word) {
        synchronized (suggestions) {
            return Optional.ofNullable(suggestions.get(word));
        }
    }

    static boolean engineKnows(SpellEngine engine, String word) {
        String w = word.replace('\u2019', '\'');
        if (engine.isCorrect(w)) {
            return true;
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith("n't")) {
                String stem = w.substring(0, w.length() - 3);
                return NT_STEMS.contains(stem.toLowerCase(Locale.ROOT)) || engine.isCorrect(stem);
            }
            if (SUFFIXES.contains(lower.substring(apostrophe))) {
                return engine.isCorrect(w.substring(0, apostrophe));
            }
        }
        return false;
    }

    private static boolean isKnown(Set<String> known, String word) {
        String w = word.replace('\u2019', '\'');
        return known.contains(w) || known.contains(w.toLowerCase(Locale.ROOT));
    }

    private Set<String> knownWords(Path post, Collection<String> vocabulary) {
        Set<String> known = new HashSet<>(siteWords.words());
        personalWords.ifPresent(p -> known.addAll(p.words()));
        known.addAll(ignored.getOrDefault(key(post), Set.of()));
        for (String v : vocabulary) {
            for (Word w : WordScanner.scan(v, 0, v.length())) {
                known.add(w.text().replace('\u2019', '\''));
            }
            for (String part : v.split("[-_\\s]+")) {
                known.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return known;
    }

    /** A prose field's value as a chunk with whole-file offsets; empty when it is not a plain string. */
    private static Optional<ProseTokenizer.Chunk> fieldChunk(String text, FrontmatterDocument fm, String field) {
        Optional<FrontmatterDocument.Entry> entry = fm.entry(field);
        Optional<String> value = FieldValues.string(fm, field);
        if (entry.isEmpty() || value.isEmpty() || value.get().isBlank()) {
            return Optional.empty();
        }
        int from = Math.min(text.length(), entry.get().startOffset() + field.length() + 1);
        int to = Math.min(text.length(), entry.get().endOffset());
        List<Word> placed = new ArrayList<>();
        int cursor = from;
        // the value as written may be quoted, escaped or folded: find each word in the source, in order
        for (Word w : ProseTokenizer.plain(value.get(), 0).words()) {
            int at = text.indexOf(w.text(), cursor);
            if (at < 0 || at + w.text().length() > to) {
                continue;
            }
            placed.add(new Word(at - from, at - from + w.text().length(), w.text()));
            cursor = at + w.text().length();
        }
        return placed.isEmpty()
                ? Optional.empty()
                : Optional.of(new ProseTokenizer.Chunk(from, field + '\u0000' + value.get(), placed));
    }

    /** Adds a word to the site dictionary file; every post knows it from the next check. */
    public void addToSiteDictionary(String word) throws PostWriteException {
        siteWords.add(word);
    }

    /** Adds a word to the personal dictionary (the data folder), if there is one. */
    public void addToPersonalDictionary(String word) throws PostWriteException {
        if (personalWords.isPresent()) {
            personalWords.get().add(word);
        }
    }

    /**
     * Ignores a word in one post for as long as the site is open. Kept in memory, not in the post or a file
     * beside it: ignoring is a passing decision, and a word meant for good belongs in the site dictionary.
     */
    public void ignore(Path post, String word) {
        ignored.computeIfAbsent(key(post), k -> ConcurrentHashMap.newKeySet()).add(word.replace('\u2019', '\''));
    }

    public Path siteDictionary() {
        return siteWords.file();
    }

    private static Path key(Path post) {
        return post.toAbsolutePath().normalize();
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}
