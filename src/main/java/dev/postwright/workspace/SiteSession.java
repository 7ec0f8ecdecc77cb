package dev.postwright.workspace;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteConfig;
import dev.postwright.site.SiteDetector;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Rule;
import dev.postwright.validation.Rules;
import dev.postwright.validation.Validator;
import dev.postwright.validation.body.SpellingRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An open site for the editor: the index of all posts and each post's latest analysis and problems,
 * updated one post at a time as the writer types. No JavaFX; call it off the UI thread.
 */
public final class SiteSession {

    private final Site site;
    private final SiteIndex index;
    private final PostAnalyzer analyzer;
    private final Validator validator;
    /**
     * Without spelling: the window spell-checks the posts being edited ({@link #update}); checking every post's
     * words when a site opens would hold back the sidebar's problem counts for no one to read.
     */
    private final Validator siteValidator;

    private final Map<Path, PostAnalysis> analyses = new ConcurrentHashMap<>();
    private final Map<Path, List<Problem>> problems = new ConcurrentHashMap<>();
    private final Map<Path, String> unreadable = new ConcurrentHashMap<>();

    private final Clock clock;
    private final SpellingRule spelling = new SpellingRule(null);

    private SiteSession(Site site, MarkdownEngine engine, Clock clock) {
        this.clock = clock;
        this.site = site;
        this.index = new SiteIndex(site);
        this.analyzer = new PostAnalyzer(site, engine);
        List<Rule> rules = new ArrayList<>(Rules.standard());
        rules.add(spelling);
        this.validator = new Validator(site, index, clock, rules);
        this.siteValidator = Validator.standard(index, clock);
    }

    /** The spelling rule of this site, off until given a {@code SiteSpelling}. */
    public SpellingRule spelling() {
        return spelling;
    }

    /** Detects the site around {@code path}, reads and indexes every post, and validates them all. */
    public static SiteSession open(Path path, MarkdownEngine engine, Clock clock) {
        SiteSession session = openIndexed(path, engine, clock);
        session.revalidateAll();
        return session;
    }

    /**
     * Detects the site and reads and indexes every post, without validating them yet: the window shows the
     * site at once and fills in problem counts when {@link #revalidateAll()} has run.
     */
    public static SiteSession openIndexed(Path path, MarkdownEngine engine, Clock clock) {
        return openIndexed(path, engine, clock, SiteConfig.defaults());
    }

    /** As above, with the writer's defaults under the site's own {@code .postwright.yml}. */
    public static SiteSession openIndexed(Path path, MarkdownEngine engine, Clock clock, SiteConfig base) {
        Site site = SiteDetector.detect(path, Optional.empty(), base);
        List<Path> posts = new ArrayList<>(site.listPosts());
        Path abs = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs) && !posts.contains(abs)) {
            posts.add(abs);
        }
        return load(site, posts, engine, clock);
    }

    /** Reads and indexes every post of a site already detected and listed (see {@link SiteScan}). */
    public static SiteSession openIndexed(SiteScan scan, MarkdownEngine engine, Clock clock) {
        return load(scan.site(), scan.posts(), engine, clock);
    }

    private static SiteSession load(Site site, List<Path> posts, MarkdownEngine engine, Clock clock) {
        SiteSession session = new SiteSession(site, engine, clock);
        // Read and parse in parallel; the index is filled after, in one pass.
        List<PostLoader.Loaded> loaded = new PostLoader(session.analyzer).load(posts);
        for (PostLoader.Loaded l : loaded) {
            l.analysis().ifPresent(a -> session.analyses.put(a.path(), a));
            l.unreadable()
                    .ifPresent(why ->
                            session.unreadable.put(l.path().toAbsolutePath().normalize(), why));
        }
        PostLoader.index(loaded, session.index, p -> true);
        return session;
    }

    /** Validates every loaded post again (after the index changed in ways that affect others). */
    public void revalidateAll() {
        for (PostAnalysis a : analyses.values()) {
            problems.put(a.path(), siteValidator.validate(a));
        }
    }

    /** Re-analyses one post from its current text, updates the index and returns its problems. */
    public PostAnalysis update(Path path, String text) {
        PostAnalysis a = analyzer.analyze(path, text);
        // Kept without the markdown syntax tree: a site of thousands of posts would otherwise hold every tree.
        analyses.put(a.path(), a.lean());
        unreadable.remove(a.path());
        index.put(a.summary());
        problems.put(a.path(), validator.validate(a));
        return a;
    }

    /** Forgets a post that was deleted. */
    public void remove(Path path) {
        Path key = path.toAbsolutePath().normalize();
        analyses.remove(key);
        problems.remove(key);
        index.remove(key);
    }

    public Site site() {
        return site;
    }

    /** The clock validation uses (fixed in tests). */
    public Clock clock() {
        return clock;
    }

    public SiteIndex index() {
        return index;
    }

    public PostAnalyzer analyzer() {
        return analyzer;
    }

    public Validator validator() {
        return validator;
    }

    public Optional<PostAnalysis> analysis(Path path) {
        return Optional.ofNullable(analyses.get(path.toAbsolutePath().normalize()));
    }

    public List<Problem> problems(Path path) {
        return problems.getOrDefault(path.toAbsolutePath().normalize(), List.of());
    }

    /** Posts that could not be read, with the reason. */
    public Map<Path, String> unreadable() {
        return Map.copyOf(unreadable);
    }
}
