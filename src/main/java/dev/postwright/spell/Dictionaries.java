package dev.postwright.spell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spelling dictionaries Postwright knows, by language tag ({@code en-US}): English bundled from Maven
 * Central, Hunspell pairs the writer added, and those installed in {@code /usr/share/hunspell}. Each is loaded
 * the first time a post in its language is checked (off the UI thread), once, and shared by every site.
 */
public final class Dictionaries {

    /** Where Linux distributions install Hunspell dictionaries. */
    public static final Path SYSTEM_FOLDER = Path.of("/usr/share/hunspell");

    private static final String BUNDLED = "/org/languagetool/resource/en/hunspell/";
    private static final List<String> BUNDLED_TAGS = List.of("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA");

    private final List<Path> extra;
    private final Optional<Path> systemFolder;
    private Map<String, Source> sources;
    private final Map<String, Lazy> loaded = new ConcurrentHashMap<>();

    private Dictionaries(List<Path> extra, Optional<Path> systemFolder) {
        this.extra = List.copyOf(extra);
        this.systemFolder = systemFolder;
    }

    /** Bundled English only. */
    public static Dictionaries bundled() {
        return create(List.of(), Optional.empty());
    }

    /**
     * The system folder's pairs (if given and present), bundled English over them (the same answer on every
     * machine), then {@code extra} {@code .dic} files (each with its {@code .aff} beside it) over both: the
     * writer's own choice wins. Nothing is read until a language is asked for.
     */
    public static Dictionaries create(List<Path> extra, Optional<Path> systemFolder) {
        return new Dictionaries(extra, systemFolder);
    }

    private synchronized Map<String, Source> sources() {
        if (sources != null) {
            return sources;
        }
        sources = new LinkedHashMap<>();
        systemFolder.filter(Files::isDirectory).ifPresent(folder -> {
            try (DirectoryStream<Path> dics = Files.newDirectoryStream(folder, "*.dic")) {
                for (Path dic : dics) {
                    addPair(dic);
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable system folder only means fewer languages
            }
        });
        for (String tag : BUNDLED_TAGS) {
            URL url = Dictionaries.class.getResource(BUNDLED + tag.replace('-', '_') + ".dict");
            if (url != null) {
                sources.put(tag, new Source(tag, "bundled " + tag, () -> new MorfologikEngine(url)));
            }
        }
        for (Path dic : extra) {
            addPair(dic);
        }
        return sources;
    }

    private void addPair(Path dic) {
        Path aff = affFor(dic);
        String tag = LanguageTag.normalize(baseName(dic));
        sources.put(tag, new Source(tag, dic.toString(), () -> {
            if (!Files.isRegularFile(dic) || !Files.isRegularFile(aff)) {
                throw new IOException(
                        dic + " needs its affix file " + aff.getFileName() + " beside it; add both files of the pair");
            }
            return new HunspellEngine(dic, aff);
        }));
    }

    /** The {@code .aff} file that belongs to a {@code .dic} file. */
    public static Path affFor(Path dic) {
        return dic.resolveSibling(baseName(dic) + ".aff");
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Language tags with a dictionary, sorted. */
    public List<String> languages() {
        return new ArrayList<>(new TreeSet<>(sources().keySet()));
    }

    /** The tag a wanted language resolves to ({@code en} → {@code en-US}, {@code de} → the first {@code de-…}). */
    public Optional<String> resolve(String wanted) {
        String tag = LanguageTag.normalize(wanted);
        Map<String, Source> sources = sources();
        if (sources.containsKey(tag)) {
            return Optional.of(tag);
        }
        String lang = tag.split("-")[0].toLowerCase(Locale.ROOT);
        if (lang.equals("en")) {
            return Optional.of("en-US");
        }
        return languages().stream()
                .filter(t -> t.split("-")[0].equals(lang))
                .findFirst()
                .or(() -> sources.containsKey(lang) ? Optional.of(lang) : Optional.empty());
    }

    /** The engine for a language, loading it on first use (blocks meanwhile: call off the UI thread). */
    public Optional<SpellEngine> engine(String wanted) {
        return resolve(wanted)
                .map(tag -> loaded.computeIfAbsent(tag, t -> new Lazy(sources().get(t)))
                        .get());
    }

    /** Why a language's dictionary could not be loaded, if it failed. */
    public Optional<String> failure(String wanted) {
        return resolve(wanted).map(loaded::get).flatMap(l -> Optional.ofNullable(l.failure));
    }

    private interface Loader {
        SpellEngine load() throws IOException;
    }

    private record Source(String tag, String origin, Loader loader) {}

    /** Loads once; a failure is remembered and checks in that language find every word known. */
    private static final class Lazy {
        private final Source source;
        private SpellEngine engine;
        private volatile String failure;

        Lazy(Source source) {
            this.source = source;
        }

        synchronized SpellEngine get() {
            if (engine == null) {
                try {
                    engine = source.loader().load();
                } catch (IOException | RuntimeException e) {
                    failure = "The " + source.tag() + " dictionary (" + source.origin() + ") could not be read: "
                            + e.getMessage();
                    engine = new SpellEngine() {
                        @Override
                        public boolean isCorrect(String word) {
                            return true;
                        }

                        @Override
                        public List<String> suggest(String word) {
                            return List.of();
                        }
                    };
                }
            }
            return engine;
        }
    }
}
