package dev.postwright.cli;

import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.validation.Problem;
import dev.postwright.validation.report.Json;
import dev.postwright.workspace.SiteChecker;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code postwright list} prints: one row per post with the file, collection, URL, slug, title, dates,
 * state, tags and heading ids the generator gives it, as text, JSON or TSV. A post that could not be read keeps
 * its row, with the reason in {@code problem}.
 */
final class PostListing {

    static final List<String> COLUMNS = List.of(
            "file",
            "collection",
            "url",
            "slug",
            "title",
            "pubDate",
            "modDate",
            "state",
            "tags",
            "headingIds",
            "problem");
    private static final Pattern TSV_BREAKS = Pattern.compile("[\\t\\r\\n]+");

    /** One post; {@code tags} and {@code headingIds} in order (heading ids sorted: the index keeps a set). */
    record Row(
            String file,
            String collection,
            String url,
            String slug,
            String title,
            String pubDate,
            String modDate,
            String state,
            List<String> tags,
            List<String> headingIds,
            String problem) {

        List<String> cells() {
            return List.of(
                    file,
                    collection,
                    url,
                    slug,
                    title,
                    pubDate,
                    modDate,
                    state,
                    String.join(",", tags),
                    String.join(",", headingIds),
                    problem);
        }
    }

    private final Site site;
    private final List<Row> rows;

    private PostListing(Site site, List<Row> rows) {
        this.site = site;
        this.rows = rows;
    }

    static PostListing of(Site site, List<SiteChecker.Listed> posts, Clock clock, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        for (SiteChecker.Listed l : posts) {
            String file = site.relativize(l.path());
            String collection = site.generator().collectionOf(site, l.path());
            Optional<PostSummary> s = l.summary();
            if (s.isEmpty()) {
                rows.add(new Row(
                        file,
                        collection,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        List.of(),
                        List.of(),
                        l.unreadable().map(Problem::message).orElse("could not be read")));
                continue;
            }
            PostSummary p = s.get();
            rows.add(new Row(
                    file,
                    collection,
                    p.url(),
                    p.slug(),
                    p.title() == null ? "" : p.title(),
                    p.pubDate().map(Temporal::toString).orElse(""),
                    p.modDate().map(Temporal::toString).orElse(""),
                    state(p, clock, zone),
                    p.tags(),
                    p.headingIds().stream().sorted().toList(),
                    ""));
        }
        rows.sort(Comparator.comparing(Row::file));
        return new PostListing(site, rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** {@code draft}, {@code scheduled} (dated in the future: the site hides it until then) or {@code published}. */
    private static String state(PostSummary p, Clock clock, ZoneId zone) {
        if (p.draft()) {
            return "draft";
        }
        try {
            if (p.pubDate().isPresent()
                    && PostSummaries.instant(p.pubDate().get(), zone).isAfter(clock.instant())) {
                return "scheduled";
            }
        } catch (DateTimeException e) {
            // a date the generator cannot place in time is date.invalid's; the post is listed as published
        }
        return "published";
    }

    String tsv() {
        StringBuilder sb = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (Row r : rows) {
            sb.append(String.join(
                            "\t",
                            r.cells().stream()
                                    .map(c -> TSV_BREAKS.matcher(c).replaceAll(" "))
                                    .toList()))
                    .append('\n');
        }
        return sb.toString();
    }

    String json() {
        StringBuilder sb = new StringBuilder("{\"version\":1,\"root\":")
                .append(Json.quote(site.root().toString()))
                .append(",\"preset\":")
                .append(Json.quote(site.preset().id()))
                .append(",\"posts\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append(i == 0 ? "\n" : ",\n")
                    .append("{\"file\":")
                    .append(Json.quote(r.file()))
                    .append(",\"collection\":")
                    .append(Json.quote(r.collection()))
                    .append(",\"url\":")
                    .append(r.url().isEmpty() ? "null" : Json.quote(r.url()))
                    .append(",\"slug\":")
                    .append(Json.quote(r.slug()))
                    .append(",\"title\":")
                    .append(Json.quote(r.title()))
                    .append(",\"pubDate\":")
                    .append(r.pubDate().isEmpty() ? "null" : Json.quote(r.pubDate()))
                    .append(",\"modDate\":")
                    .append(r.modDate().isEmpty() ? "null" : Json.quote(r.modDate()))
                    .append(",\"state\":")
                    .append(r.state().isEmpty() ? "null" : Json.quote(r.state()))
                    .append(",\"tags\":")
                    .append(array(r.tags()))
                    .append(",\"headingIds\":")
                    .append(array(r.headingIds()));
            if (!r.problem().isEmpty()) {
                sb.append(",\"problem\":").append(Json.quote(r.problem()));
            }
            sb.append('}');
        }
        return sb.append("\n]}").toString();
    }

    private static String array(List<String> values) {
        return "[" + String.join(",", values.stream().map(Json::quote).toList()) + "]";
    }

    /** A block per post: the file and URL first, then what a writer looks for. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(r.file()).append('\n');
            if (!r.problem().isEmpty()) {
                sb.append("  not read: ").append(r.problem()).append("\n\n");
                continue;
            }
            sb.append("  url:      ")
                    .append(
                            r.url().isEmpty()
                                    ? "-   (no page: no route of the site publishes its collection)"
                                    : r.url())
                    .append('\n');
            sb.append("  title:    ").append(r.title()).append('\n');
            sb.append("  slug:     ")
                    .append(r.slug())
                    .append(r.collection().isEmpty() ? "" : "   collection: " + r.collection())
                    .append('\n');
            sb.append("  date:     ")
                    .append(r.pubDate().isEmpty() ? "-" : r.pubDate())
                    .append(r.modDate().isEmpty() ? "" : "   updated: " + r.modDate())
                    .append("   ")
                    .append(r.state())
                    .append('\n');
            if (!r.tags().isEmpty()) {
                sb.append("  tags:     ").append(String.join(", ", r.tags())).append('\n');
            }
            if (!r.headingIds().isEmpty()) {
                sb.append("  headings: #")
                        .append(String.join(" #", r.headingIds()))
                        .append('\n');
            }
            sb.append('\n');
        }
        return sb.append(rows.size())
                .append(rows.size() == 1 ? " post" : " posts")
                .append('\n')
                .toString();
    }
}
