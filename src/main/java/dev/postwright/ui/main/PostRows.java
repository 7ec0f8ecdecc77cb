package dev.postwright.ui.main;

import dev.postwright.site.PostSummary;
import dev.postwright.ui.sitetree.PostRow;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;

/** Turns a post's summary and problems into the row the sidebar shows. */
final class PostRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PostRows() {}

    static PostRow of(PostSummary s, List<Problem> problems, Clock clock) {
        Instant when = s.pubDate().map(t -> instant(t, clock.getZone())).orElse(Instant.MIN);
        String dateText = s.pubDate().map(t -> DATE.format(t instanceof LocalDate d ? d
                : LocalDate.ofInstant(instant(t, clock.getZone()), clock.getZone()))).orElse("no date");
        boolean scheduled = !s.draft() && when.isAfter(clock.instant());
        int errors = (int) problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        int warnings = (int) problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        return new PostRow(s.path(), s.title(), when, dateText, s.url(), s.slug(), s.tags(), s.draft(), s.featured(),
                scheduled, errors, warnings);
    }

    static Instant instant(Temporal t, ZoneId zone) {
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        return Instant.MIN;
    }
}
