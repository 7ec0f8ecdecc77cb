package dev.postwright.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The frontmatter values that can change a post's URL; blank strings count as absent.
 *
 * @param slug the {@code slug} field
 * @param postSlug the {@code postSlug} field (AstroPaper v2–v4)
 * @param categories Jekyll/Hugo categories, in order
 * @param permalink Jekyll's {@code permalink} field, which replaces the whole URL
 * @param date the post's date, when the frontmatter has one (Jekyll prefers it to the file name's)
 * @param title the {@code title} field (Hugo's {@code :title} permalink token)
 * @param url Hugo's {@code url} field, which replaces the whole URL
 */
public record PostUrlFields(
        String slug,
        String postSlug,
        List<String> categories,
        String permalink,
        LocalDate date,
        String title,
        String url) {

    public PostUrlFields(String slug, String postSlug, List<String> categories, String permalink, LocalDate date) {
        this(slug, postSlug, categories, permalink, date, null, null);
    }

    public PostUrlFields {
        slug = blankToNull(slug);
        postSlug = blankToNull(postSlug);
        permalink = blankToNull(permalink);
        title = blankToNull(title);
        url = blankToNull(url);
        categories = categories == null
                ? List.of()
                : categories.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .toList();
    }

    /** No field set: the URL comes from the file path alone. */
    public static PostUrlFields none() {
        return new PostUrlFields(null, null, List.of(), null, null);
    }

    public static PostUrlFields ofSlug(String slug) {
        return new PostUrlFields(slug, null, List.of(), null, null);
    }

    public Optional<LocalDate> optionalDate() {
        return Optional.ofNullable(date);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
