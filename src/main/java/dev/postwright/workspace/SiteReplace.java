package dev.postwright.workspace;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.site.PostSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans a replace across every post of the site as one {@link ChangePlan}; {@link ChangeWriter} writes it after
 * the writer has seen every diff. The same scope, word and case rules as {@link SiteSearch}; with a regex the
 * replacement may use {@code $1} and {@code ${name}}. No JavaFX; run it off the UI thread.
 */
public final class SiteReplace {

    private SiteReplace() {}

    /**
     * Every post's text with each match of {@code query} replaced. Posts in {@code unsaved} (open tabs with
     * unsaved text) are planned against that text and marked so.
     */
    public static ChangePlan plan(
            SiteSession session,
            SearchQuery query,
            String replacement,
            Map<Path, String> unsaved,
            BooleanSupplier cancelled) {
        String title = "Replace '" + query.text() + "' with '" + replacement + "'";
        Optional<String> problem = query.problem();
        if (problem.isPresent()) {
            return new ChangePlan(title, List.of(), List.of(problem.get()));
        }
        Pattern pattern = query.pattern();
        String literal = query.regex() ? replacement : Matcher.quoteReplacement(replacement);
        List<PostChange> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (PostSummary summary : session.index().all()) {
            if (cancelled.getAsBoolean()) {
                notes.add("Cancelled before every post was looked at.");
                break;
            }
            Optional<CurrentPost> post = CurrentPost.of(session, summary, unsaved);
            if (post.isEmpty()) {
                continue;
            }
            String text = post.get().text();
            FrontmatterDocument fm = post.get().frontmatter();
            boolean inTab = post.get().unsaved();
            try {
                replace(text, fm, pattern, query, literal, cancelled)
                        .ifPresent(r -> changes.add(new PostChange(
                                summary.path(),
                                summary.relPath(),
                                text,
                                r.text(),
                                inTab,
                                r.count(),
                                warning(fm, r.text(), session))));
            } catch (TimedText.TimedOut e) {
                notes.add(summary.relPath() + ": the regular expression took too long on this post and was "
                        + "stopped; nothing in it will be replaced.");
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return new ChangePlan(
                        title,
                        List.of(),
                        List.of("The replacement cannot be used: " + e.getMessage()
                                + ". Write $$ for a literal $, and refer only to groups the expression has."));
            }
        }
        return new ChangePlan(title, changes, notes);
    }

    private record Replaced(String text, int count) {}

    /** The text with every match in the query's scope replaced; empty when nothing matched. */
    static Optional<Replaced> replace(
            String text,
            FrontmatterDocument fm,
            Pattern pattern,
            SearchQuery query,
            String replacement,
            BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + SiteSearch.POST_BUDGET.toNanos();
        Matcher m = pattern.matcher(new TimedText(text, deadline, cancelled));
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (SiteSearch.Region region : SiteSearch.regions(text, fm, query)) {
            m.region(region.start(), region.end());
            int appendFrom = 0; // region() resets where appendReplacement copies from
            while (m.find()) {
                if (m.end() == m.start()) {
                    if (m.end() >= region.end()) {
                        break;
                    }
                    m.region(m.end() + 1, region.end());
                    appendFrom = 0;
                    continue;
                }
                // appendReplacement expands $1 and ${name} for us; what it adds after the copied gap is the value
                StringBuilder sb = new StringBuilder();
                m.appendReplacement(sb, replacement);
                values.add(sb.substring(m.start() - appendFrom));
                appendFrom = m.end();
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        int count = 0;
        for (int i : order) {
            int[] span = spans.get(i);
            if (span[0] < at) {
                continue; // overlapping regions cannot happen today; never replace a char twice
            }
            out.append(text, at, span[0]).append(values.get(i));
            at = span[1];
            count++;
        }
        out.append(text, at, text.length());
        String result = out.toString();
        return result.equals(text) ? Optional.empty() : Optional.of(new Replaced(result, count));
    }

    /** A replace that breaks a post's front matter is shown with a warning, never silently written. */
    private static String warning(FrontmatterDocument before, String after, SiteSession session) {
        if (before.status() == FrontmatterDocument.Status.OK
                && FrontmatterDocument.parse(after, session.site().dialect()).status()
                        != FrontmatterDocument.Status.OK) {
            return "After this change the front matter no longer reads as YAML.";
        }
        return "";
    }
}
