package dev.postwright.bench;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.ParsedMarkdown;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import dev.postwright.ui.editor.MarkdownHighlighter;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core operations behind SPEC §8's budgets, on generated content. Average time per operation.
 * Run: {@code java -jar target/benchmarks.jar CoreBenchmarks} (quick: add {@code -f 1 -wi 2 -i 3}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CoreBenchmarks {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    Path root;
    Site site;
    MarkdownEngine engine;
    PostAnalyzer analyzer;
    SiteIndex index;
    Validator validator;

    String typicalPost;
    FrontmatterDocument typicalDoc;
    PostAnalysis typicalAnalysis;
    Path typicalPath;
    String post10k;
    String post1m;
    String post100k;
    RenderOptions options;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        root = BenchSites.generate(1000);
        site = BenchSites.detect(root);
        engine = BenchSites.engine();
        analyzer = new PostAnalyzer(site, engine);
        index = BenchSites.index(site, analyzer);
        validator = Validator.standard(index, CLOCK);
        typicalPath = BenchSites.post(root, 123);
        typicalPost = Files.readString(typicalPath);
        typicalDoc = FrontmatterDocument.parse(typicalPost, site.dialect());
        typicalAnalysis = analyzer.analyze(typicalPath, typicalPost);
        post10k = SiteGenerator.bigPost(10_000, 1);
        post100k = SiteGenerator.bigPost(100_000, 2);
        post1m = SiteGenerator.bigPost(1_000_000, 3);
        options = RenderOptions.of(new SiteImageResolver(site.publicDir(), typicalPath.getParent()));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchSites.delete(root);
    }

    /** Frontmatter of an 8 KB post: parse (SnakeYAML engine + spans). */
    @Benchmark
    public FrontmatterDocument frontmatterParse() {
        return FrontmatterDocument.parse(typicalPost, site.dialect());
    }

    /** Frontmatter one-field edit: parse, splice the title, re-parse (what an edit in the form costs). */
    @Benchmark
    public String frontmatterParseAndSpliceTitle() {
        return FrontmatterDocument.parse(typicalPost, site.dialect()).withString("title", "A new title").text();
    }

    @Benchmark
    public String markdownParseRender10k() {
        return render(post10k);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String markdownParseRender1m() {
        return render(post1m);
    }

    private String render(String text) {
        FrontmatterDocument fm = FrontmatterDocument.parse(text, site.dialect());
        ParsedMarkdown md = engine.parse(fm.body(), fm.bodyStartLine(), fm.bodyOffset());
        return engine.renderHtml(md, options);
    }

    /** Whole-post validation (every rule) of an already analysed 8 KB post against the 1,000-post index. */
    @Benchmark
    public List<Problem> validateAgainst1000() {
        return validator.validate(typicalAnalysis);
    }

    /** What one keystroke costs the editor's validation: analyse the buffer, update the index, validate. */
    @Benchmark
    public List<Problem> analyzeIndexValidate() {
        PostAnalysis a = analyzer.analyze(typicalPath, typicalPost);
        index.put(a.summary());
        return validator.validate(a);
    }

    /** Index update for one changed post in a 1,000-post index. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public SiteIndex siteIndexPut() {
        index.put(typicalAnalysis.summary());
        return index;
    }

    /** Full highlight of a 100 KB post (the editor only styles the viewport above 100 KB; this is the bound). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object highlight100k() {
        return MarkdownHighlighter.highlight(post100k);
    }

    /** Viewport highlight of a 100 KB post, the way the editor does for texts over LARGE_TEXT (~60 lines). */
    @Benchmark
    public Object highlight100kViewport() {
        return MarkdownHighlighter.highlightRange(post100k, 500, 560);
    }
}
