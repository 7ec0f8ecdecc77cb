package dev.postwright.workspace;

import dev.postwright.post.PostReadException;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.Failures;
import dev.postwright.validation.Parallel;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one loader for all posts, used by {@code check}, {@code set} and the window: every post is read and parsed
 * once, in parallel. A post that cannot be read or parsed is reported for itself and never stops the others.
 */
public final class PostLoader {

    private final PostAnalyzer analyzer;

    public PostLoader(PostAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One post's outcome: its analysis (without the syntax tree), or why it could not be read. */
    public record Loaded(Path path, Optional<PostAnalysis> analysis, Optional<String> unreadable) {}

    /** Loads {@code paths} in parallel; the results are in the order of {@code paths}. */
    public List<Loaded> load(Collection<Path> paths) {
        return Parallel.map(new ArrayList<>(paths), this::loadOne);
    }

    /** Puts the summary of every loaded post that {@code accept}s into {@code index}, in one pass. */
    public static void index(List<Loaded> loaded, SiteIndex index, Predicate<Path> accept) {
        for (Loaded l : loaded) {
            if (accept.test(l.path())) {
                l.analysis().ifPresent(a -> index.put(a.summary()));
            }
        }
    }

    private Loaded loadOne(Path path) {
        try {
            // The AST is dropped at once: a 10,000-post site would otherwise hold every tree.
            return new Loaded(path, Optional.of(analyzer.load(path).lean()), Optional.empty());
        } catch (PostReadException e) {
            return new Loaded(path, Optional.empty(), Optional.of(e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Loaded(
                    path,
                    Optional.empty(),
                    Optional.of("Could not read " + path.getFileName() + ": " + Failures.describe(e)));
        }
    }
}
