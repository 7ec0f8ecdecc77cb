package dev.postwright.workspace;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.LineIndex;
import dev.postwright.site.PostSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches every post of the open site (the session's texts, or an open tab's unsaved text where given) and hands
 * each post's matches to a callback as soon as that post is done, so the first results show at once. No JavaFX;
 * run it off the UI thread.
 */
public final class SiteSearch {

    /** A regex that runs longer than this on one post is stopped there (catastrophic backtracking). */
    public static final Duration POST_BUDGET = Duration.ofSeconds(1);
    /** More matches than this are not useful to list; the writer narrows the search instead. */
    public static final int MAX_HITS = 5_000;

    private SiteSearch() {}

    /**
     * How a search ended.
     *
     * @param notes what the writer should know: posts where a regex was stopped, a match limit reached
     */
    public record Outcome(int postsSearched, int postsWithHits, int hits, List<String> notes, boolean cancelled) {

        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Runs {@code query} over every post in the session's index, in path order. {@code unsaved} maps an open tab's
     * path to its text; those posts are searched in that text. {@code onPost} is called (on this thread) once for
     * every post with at least one match.
     */
    public static Outcome run(
            SiteSession session,
            SearchQuery query,
            Map<Path, String> unsaved,
            Consumer<PostHits> onPost,
            BooleanSupplier cancelled) {
        Optional<String> problem = query.problem();
        if (problem.isPresent()) {
            return new Outcome(0, 0, 0, List.of(problem.get()), false);
        }
        Pattern pattern = query.pattern();
        List<String> notes = new ArrayList<>();
        int searched = 0;
        int withHits = 0;
        int total = 0;
        for (PostSummary summary : session.index().all()) {
            if (cancelled.getAsBoolean()) {
                return new Outcome(searched, withHits, total, notes, true);
            }
            Optional<CurrentPost> post = CurrentPost.of(session, summary, unsaved);
            if (post.isEmpty()) {
                continue;
            }
            String text = post.get().text();
            FrontmatterDocument fm = post.get().frontmatter();
            LineIndex lines = post.get().lines();
            searched++;
            try {
                List<SearchHit> hits = find(text, fm, lines, pattern, query, MAX_HITS - total, cancelled);
                if (!hits.isEmpty()) {
                    withHits++;
                    total += hits.size();
                    onPost.accept(new PostHits(
                            summary.path(),
                            summary.relPath(),
                            summary.title(),
                            post.get().unsaved(),
                            text,
                            hits));
                }
            } catch (TimedText.TimedOut e) {
                if (cancelled.getAsBoolean()) {
                    return new Outcome(searched, withHits, total, notes, true);
                }
                notes.add(summary.relPath() + ": the regular expression took too long on this post and was "
                        + "stopped; simplify it (nested repeats like (a+)+ backtrack without end).");
            }
            if (total >= MAX_HITS) {
                notes.add("Stopped at " + MAX_HITS + " matches; make the search narrower to see the rest.");
                return new Outcome(searched, withHits, total, notes, false);
            }
        }
        return new Outcome(searched, withHits, total, notes, false);
    }

    /** The matches of {@code query} in one post's text, at most {@code limit}. */
    public static List<SearchHit> find(
            String text,
            FrontmatterDocument fm,
            LineIndex lines,
            Pattern pattern,
            SearchQuery query,
            int limit,
            BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + POST_BUDGET.toNanos();
        Matcher m = pattern.matcher(new TimedText(text, deadline, cancelled));
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        List<SearchHit> hits = new ArrayList<>();
        for (Region region : regions(text, fm, query)) {
            m.region(region.start(), region.end());
            while (hits.size() < limit && m.find()) {
                if (m.end() == m.start()) {
                    if (m.end() >= region.end()) {
                        break;
                    }
                    m.region(m.end() + 1, region.end()); // an empty match says nothing a writer can see
                    continue;
                }
                hits.add(hit(text, lines, m.start(), m.end(), region.field()));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** A span of the text searched; {@code field} names the frontmatter key it is, empty for the body. */
    record Region(int start, int end, String field) {}

    static List<Region> regions(String text, FrontmatterDocument fm, SearchQuery query) {
        List<Region> regions = new ArrayList<>();
        int body = Math.min(fm.bodyOffset(), text.length());
        if (query.scope() != SearchQuery.Scope.BODY) {
            if (fm.status() == FrontmatterDocument.Status.OK && !fm.entries().isEmpty()) {
                for (FrontmatterDocument.Entry e : fm.entries()) {
                    if (query.field().isEmpty() || e.key().equalsIgnoreCase(query.field())) {
                        regions.add(new Region(e.startOffset(), Math.min(e.endOffset(), text.length()), e.key()));
                    }
                }
            } else if (query.field().isEmpty() && body > 0) {
                regions.add(new Region(0, body, "frontmatter")); // unreadable YAML is still text to search
            }
        }
        if (query.scope() != SearchQuery.Scope.FIELD) {
            regions.add(new Region(body, text.length(), ""));
        }
        return regions;
    }

    private static SearchHit hit(String text, LineIndex lines, int start, int end, String field) {
        int[] lc = lines.lineColumn(start);
        int lineStart = lines.lineStart(lc[0]);
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        return new SearchHit(lc[0], lc[1], start, end, text.substring(lineStart, lineEnd), field);
    }
}
