package dev.postwright.site;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.render.Heading;
import dev.postwright.site.generator.DateFields;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link PostSummary} from a post's frontmatter and headings, by the site's preset. */
public final class PostSummaries {

    private PostSummaries() {}

    public static PostSummary of(Site site, Path path, FrontmatterDocument fm, List<Heading> headings) {
        return of(site, path, fm, headings, List.of());
    }

    /** {@code generatedIds}: heading ids the generator adds to the page itself (Astro's footnotes heading). */
    public static PostSummary of(
            Site site, Path path, FrontmatterDocument fm, List<Heading> headings, List<String> generatedIds) {
        Optional<Temporal> pub = firstDate(fm, DateFields.published());
        Optional<Temporal> mod = firstDate(fm, DateFields.modified());
        PostUrlFields urlFields = new PostUrlFields(
                slug(fm, site.generator().slugFields(site.schemaFor(path))),
                null,
                categories(fm),
                FieldValues.string(fm, "permalink").orElse(null),
                pub.map(PostSummaries::localDate).orElse(null),
                FieldValues.string(fm, "title").orElse(null),
                FieldValues.string(fm, "url").orElse(null));
        boolean draft = FieldValues.bool(fm, "draft").value().orElse(false)
                || !FieldValues.bool(fm, "published").value().orElse(true);
        List<String> tags = site.generator().tags(fm);
        Set<String> ids = new LinkedHashSet<>();
        for (Heading h : headings) {
            ids.add(h.id());
        }
        ids.addAll(generatedIds);
        String title = FieldValues.string(fm, "title").orElse("");
        return new PostSummary(
                path.toAbsolutePath().normalize(),
                site.relativize(path),
                site.urlOf(path, urlFields),
                site.slugOf(path, urlFields),
                title,
                pub,
                mod,
                draft,
                FieldValues.bool(fm, "featured").value().orElse(false),
                tags,
                ids);
    }

    /** The first slug field the generator reads that is set (AstroPaper: {@code slug}, else {@code postSlug}). */
    private static String slug(FrontmatterDocument fm, List<String> keys) {
        return keys.stream()
                .map(k -> FieldValues.string(fm, k).orElse(""))
                .filter(s -> !s.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static Optional<Temporal> firstDate(FrontmatterDocument fm, List<String> keys) {
        for (String key : keys) {
            Optional<Temporal> t = FieldValues.date(fm, key).value();
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Jekyll allows categories as a list or as space-separated words. */
    private static List<String> categories(FrontmatterDocument fm) {
        return words(fm, fm.value("categories").isPresent() ? "categories" : "category");
    }

    /** A list field Jekyll also reads as space-separated words ({@code tags: clay wheel}). */
    private static List<String> words(FrontmatterDocument fm, String key) {
        Optional<YamlValue> v = fm.value(key);
        if (v.isPresent() && v.get() instanceof YamlValue.Sequence) {
            return FieldValues.stringList(fm, key).value().orElse(List.of());
        }
        if (v.isPresent() && v.get() instanceof YamlValue.Scalar s && s.kind() == ScalarKind.STRING) {
            return Arrays.stream(s.value().split("\\s+"))
                    .filter(x -> !x.isBlank())
                    .toList();
        }
        return List.of();
    }

    /** The instant a date value stands for; dates without an offset are taken in {@code zone}. */
    public static Instant instant(Temporal t, ZoneId zone) {
        if (t instanceof OffsetDateTime d) {
            return d.toInstant();
        }
        if (t instanceof ZonedDateTime d) {
            return d.toInstant();
        }
        if (t instanceof LocalDateTime d) {
            return d.atZone(zone).toInstant();
        }
        return LocalDate.from(t).atStartOfDay(zone).toInstant();
    }

    /** The calendar date of any date value the frontmatter can hold. */
    public static LocalDate localDate(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (t instanceof OffsetDateTime d) {
            return d.toLocalDate();
        }
        if (t instanceof ZonedDateTime d) {
            return d.toLocalDate();
        }
        return LocalDate.from(t);
    }
}
