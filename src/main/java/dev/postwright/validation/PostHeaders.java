package dev.postwright.validation;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.render.PostHeader;
import dev.postwright.render.ReadingTime;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.generator.DateFields;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The preview header for a post: title, dates as written, tags, reading time, draft and scheduled banners. */
public final class PostHeaders {

    private PostHeaders() {}

    public static PostHeader of(PostAnalysis a, Clock clock) {
        return of(a, clock, ReadingTime.minutes(a.frontmatter().body()));
    }

    /** With the reading time already counted (the window counts it off the UI thread with each analysis). */
    public static PostHeader of(PostAnalysis a, Clock clock, int readingMinutes) {
        FrontmatterDocument fm = a.frontmatter();
        PostSummary s = a.summary();
        boolean scheduled = !s.draft()
                && s.pubDate()
                        .map(t -> PostSummaries.instant(t, clock.getZone()).isAfter(clock.instant()))
                        .orElse(false);
        return new PostHeader(
                s.title().isBlank() ? "(untitled)" : s.title(),
                written(fm, DateFields.published()).orElse(""),
                written(fm, DateFields.modified()).orElse(null),
                s.tags(),
                readingMinutes,
                s.draft(),
                scheduled);
    }

    private static Optional<String> written(FrontmatterDocument fm, List<String> keys) {
        for (String k : keys) {
            Optional<YamlValue> v = fm.value(k);
            if (v.isPresent() && v.get() instanceof YamlValue.Scalar sc && !sc.isNull()) {
                return Optional.of(sc.value());
            }
        }
        return Optional.empty();
    }
}
