package dev.postwright.ui.main;

import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.ui.sitetree.PostRow;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Turns a post's summary and problems into the row the sidebar shows. */
final class PostRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PostRows() {}

    /**
     * The row of a post of {@code site}: its collection, as the generator names it, orders the sidebar's groups in
     * the order of the site's content folders (Astro's declaration order); Hugo's top-level pages go last.
     */
    static PostRow of(Site site, PostSummary s, List<Problem> problems, Clock clock) {
        String collection = site.generator().collectionOf(site, s.path());
        int order = collection.isEmpty()
                ? Integer.MAX_VALUE
                : site.contentDirOf(s.path()).map(site.contentDirs()::indexOf).orElse(0);
        return of(s, problems, clock).withCollection(collection, order);
    }

    static PostRow of(PostSummary s, List<Problem> problems, Clock clock) {
        Instant when =
                s.pubDate().map(t -> PostSummaries.instant(t, clock.getZone())).orElse(Instant.MIN);
        String dateText = s.pubDate()
                .map(t -> DATE.format(
                        t instanceof LocalDate d
                                ? d
                                : LocalDate.ofInstant(PostSummaries.instant(t, clock.getZone()), clock.getZone())))
                .orElse("no date");
        boolean scheduled = !s.draft() && when.isAfter(clock.instant());
        int errors = (int)
                problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        int warnings = (int)
                problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        return new PostRow(
                s.path(),
                s.title(),
                when,
                dateText,
                s.url(),
                s.slug(),
                s.tags(),
                s.draft(),
                s.featured(),
                scheduled,
                errors,
                warnings);
    }
}
